package dev.signaldesk.api.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes an upload through while counting it, and fails the read that goes past the limit. The
 * importer reports a failed read as a refused file; the controller then asks {@link #exceeded()} to
 * answer 413 instead.
 */
final class UploadLimit extends FilterInputStream {
  private final long maxBytes;
  private long count;
  private boolean exceeded;

  UploadLimit(InputStream in, long maxBytes) {
    super(in);
    this.maxBytes = maxBytes;
  }

  /** True once more than the limit was offered. */
  boolean exceeded() {
    return exceeded;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      add(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      add(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    add(skipped);
    return skipped;
  }

  private void add(long n) throws IOException {
    count += n;
    if (count > maxBytes) {
      exceeded = true;
      throw new IOException("the upload is larger than " + maxBytes + " bytes");
    }
  }
}
