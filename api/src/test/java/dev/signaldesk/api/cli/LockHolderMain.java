package dev.signaldesk.api.cli;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Run in a child JVM by the lock tests: takes the lock on {@code args[0]} as {@code args[1]},
 * prints {@code locked}, and holds it until its standard input closes.
 */
public final class LockHolderMain {
  private LockHolderMain() {}

  public static void main(String[] args) throws Exception {
    try (DataDirLock lock = DataDirLock.acquire(Path.of(args[0]), args[1], Clock.systemUTC())) {
      System.out.println("locked");
      System.out.flush();
      while (System.in.read() != -1) {
        // wait for the parent to close our stdin
      }
    }
  }
}
