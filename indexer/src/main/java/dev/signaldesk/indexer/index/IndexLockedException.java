package dev.signaldesk.indexer.index;

import java.nio.file.Path;

/**
 * Another writer (another process, or another open {@link ReportIndex} in this one) holds the
 * index's write lock. Open the index read-only to query it meanwhile.
 */
public final class IndexLockedException extends IndexException {

  public IndexLockedException(Path directory) {
    super(
        "The index at "
            + directory
            + " is locked by another writer (is a SignalDesk server running?); "
            + "stop it, or open the index read-only",
        directory,
        null);
  }
}
