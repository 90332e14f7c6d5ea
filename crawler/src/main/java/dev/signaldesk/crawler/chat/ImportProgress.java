package dev.signaldesk.crawler.chat;

/** Told how far an import has read, for a progress bar. Called about once per mebibyte. */
@FunctionalInterface
public interface ImportProgress {

  /** No progress reporting. */
  ImportProgress NONE = (bytesRead, totalBytes) -> {};

  /**
   * @param bytesRead bytes of the file consumed so far
   * @param totalBytes the file size in bytes
   */
  void progress(long bytesRead, long totalBytes);
}
