package dev.signaldesk.api.cli;

import java.nio.file.Path;

/** Another process holds the exclusive lock on a data directory. */
public final class DataDirLockedException extends RuntimeException {
  private final Path dataDir;
  private final LockHolder holder;

  public DataDirLockedException(Path dataDir, LockHolder holder) {
    super(
        "data directory "
            + dataDir
            + " is in use by "
            + holder.describe()
            + ".\n"
            + "Stop that process, or pass another --data directory."
            + " Read-only commands such as 'search' still work on it.");
    this.dataDir = dataDir;
    this.holder = holder;
  }

  public Path dataDir() {
    return dataDir;
  }

  public LockHolder holder() {
    return holder;
  }
}
