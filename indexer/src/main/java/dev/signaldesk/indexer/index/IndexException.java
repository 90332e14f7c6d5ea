package dev.signaldesk.indexer.index;

import java.nio.file.Path;

/** The index at a directory cannot be opened or written; the message says why, in plain words. */
public class IndexException extends RuntimeException {

  private final transient Path directory;

  public IndexException(String message, Path directory, Throwable cause) {
    super(message, cause);
    this.directory = directory;
  }

  /** The index directory concerned. */
  public Path directory() {
    return directory;
  }
}
