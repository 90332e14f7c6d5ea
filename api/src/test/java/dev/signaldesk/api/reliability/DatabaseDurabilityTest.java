package dev.signaldesk.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.api.alerts.Jdbc;
import dev.signaldesk.api.conf.DataLayout;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transaction the api database has committed survives a SIGKILL that follows at once: the matches
 * and webhook deliveries recorded for a commit of the index must not be lost when the server dies
 * while it sends them (nothing re-matches those reports after a restart).
 */
class DatabaseDurabilityTest {

  static final int ROWS_PER_RUN = 40;
  static final int RUNS = 3;

  @TempDir Path data;

  @Test
  void rowsCommittedJustBeforeAKillAreStillThereAfterwards() throws Exception {
    for (int run = 0; run < RUNS; run++) {
      Process child =
          ChildJvm.of(
                  "256m",
                  DatabaseCommitChild.class,
                  data.toString(),
                  String.valueOf(run * ROWS_PER_RUN),
                  String.valueOf(ROWS_PER_RUN))
              .start();
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        String last = null;
        while ((line = out.readLine()) != null && !line.startsWith("committed ")) {
          last = line;
        }
        assertThat(line).as("the child committed its rows (last output: %s)", last).isNotNull();
        child.destroyForcibly(); // SIGKILL within milliseconds of the last commit
      }
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    try (Jdbc jdbc = new Jdbc(new DataLayout(data), null)) {
      long rows =
          jdbc.queryOne(
                  "SELECT COUNT(*) FROM api_key WHERE owner = ?", rs -> rs.getLong(1), "durability")
              .orElseThrow();
      assertThat(rows).isEqualTo((long) RUNS * ROWS_PER_RUN);
    }
  }
}
