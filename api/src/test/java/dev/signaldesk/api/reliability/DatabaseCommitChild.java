package dev.signaldesk.api.reliability;

import dev.signaldesk.api.alerts.Jdbc;
import dev.signaldesk.api.conf.DataLayout;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The child JVM of {@link DatabaseDurabilityTest}: commits rows one transaction at a time into the
 * api database, announces each, then waits to be killed.
 *
 * <p>Arguments: data directory, first row number, number of rows.
 */
public final class DatabaseCommitChild {

  private DatabaseCommitChild() {}

  public static void main(String[] args) throws InterruptedException {
    Jdbc jdbc = new Jdbc(new DataLayout(Path.of(args[0])), null);
    int first = Integer.parseInt(args[1]);
    int rows = Integer.parseInt(args[2]);
    for (int i = first; i < first + rows; i++) {
      jdbc.update(
          "INSERT INTO api_key (id, key_hash, role, owner, created_at) VALUES (?, ?, ?, ?, ?)",
          "key-" + i,
          "%064d".formatted(i),
          "reader",
          "durability",
          Instant.now());
    }
    System.out.println("committed " + (first + rows));
    System.out.flush();
    Thread.currentThread().join();
  }
}
