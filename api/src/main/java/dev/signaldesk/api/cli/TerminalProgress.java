package dev.signaldesk.api.cli;

import dev.signaldesk.crawler.chat.ImportProgress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Import progress on stderr for large files: a line per tenth of the file, so a long import shows
 * it is alive without flooding a log. Files under {@link #MIN_BYTES} print nothing.
 */
final class TerminalProgress implements ImportProgress {
  /** Smaller files finish too fast for progress to help: 16 MiB. */
  static final long MIN_BYTES = 16L << 20;

  private final String name;
  private final PrintWriter err;
  private int lastTenth;
  private boolean printed;

  TerminalProgress(String name, PrintWriter err) {
    this.name = name;
    this.err = err;
  }

  @Override
  public void progress(long bytesRead, long totalBytes) {
    if (totalBytes < MIN_BYTES || bytesRead <= 0) {
      return;
    }
    int tenth = (int) Math.min(10, bytesRead * 10 / totalBytes);
    if (tenth > lastTenth) {
      lastTenth = tenth;
      printed = true;
      err.printf(
          Locale.ROOT,
          "%s: %d%% (%d of %d MiB)%n",
          name,
          tenth * 10,
          bytesRead >> 20,
          totalBytes >> 20);
      err.flush();
    }
  }

  /** Ends the progress output of this file, if any was printed. */
  void done() {
    if (printed && lastTenth < 10) {
      err.println(name + ": done");
      err.flush();
    }
  }
}
