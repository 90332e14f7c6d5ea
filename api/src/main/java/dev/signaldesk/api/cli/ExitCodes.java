package dev.signaldesk.api.cli;

/** Process exit codes of the CLI. */
final class ExitCodes {
  /** Done. */
  static final int OK = 0;

  /** The command ran and failed: data directory locked, index unreadable, I/O error. */
  static final int FAILURE = 1;

  /** The command could not run as asked: bad option, bad configuration, not available. */
  static final int USAGE = 2;

  private ExitCodes() {}
}
