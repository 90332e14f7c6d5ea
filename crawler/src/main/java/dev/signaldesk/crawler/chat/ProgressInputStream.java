package dev.signaldesk.crawler.chat;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts bytes as they are read and tells an {@link ImportProgress} about every mebibyte. */
final class ProgressInputStream extends FilterInputStream {

  private static final long STEP = 1 << 20;

  private final long total;
  private final ImportProgress progress;
  private long read;
  private long nextReport = STEP;

  ProgressInputStream(InputStream in, long total, ImportProgress progress) {
    super(in);
    this.total = total;
    this.progress = progress;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      advance(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      advance(n);
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    progress.progress(read, total);
    super.close();
  }

  private void advance(int n) {
    read += n;
    if (read >= nextReport) {
      nextReport = read + STEP;
      progress.progress(read, total);
    }
  }
}
