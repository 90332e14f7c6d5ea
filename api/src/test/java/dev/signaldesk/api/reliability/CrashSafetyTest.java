package dev.signaldesk.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.config.ConfigLoader;
import dev.signaldesk.indexer.index.ReportIndex;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a chat import into the real on-disk index with SIGKILL at random commits, again and again
 * on the same data directory, then lets it finish. Properties: after every kill the index opens and
 * holds at least every report the child had announced as committed; the final run completes (exit
 * 0), and the index then holds every distinct message exactly once (imported + duplicates of the
 * last run = all messages, index count = all messages). Kills default to {@value #KILLS}; {@code
 * -Dreliability.kills=50} for the long run.
 */
class CrashSafetyTest {

  static final int KILLS = Integer.getInteger("reliability.kills", 4);
  static final int MESSAGES = 6_000;

  @TempDir Path data;

  @Test
  void killedImportsLoseNothingCommittedAndARerunCompletesWithoutDuplicates() throws Exception {
    Path export = writeWhatsAppExport(data.resolve("WhatsApp Chat with GPU Desk.txt"));
    Random random = new Random(7);
    int killsDone = 0;
    for (int k = 0; k < KILLS; k++) {
      int killAt = 1 + random.nextInt(MESSAGES / 1000);
      Process child = start(export);
      long announced = -1;
      int commitsSeen = 0;
      try (BufferedReader out = reader(child)) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          if (line.startsWith("committed ")) {
            announced = Long.parseLong(line.substring(10).trim());
            if (++commitsSeen == killAt) {
              child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally
              break;
            }
          }
        }
      }
      child.waitFor();
      killsDone++;
      try (ReportIndex index =
          ReportIndex.open(
              data.resolve("index"), new ConfigLoader().defaults().index(), List.of())) {
        assertThat(index.count())
            .as("kill %d: every report announced as committed (%d) survives", k, announced)
            .isGreaterThanOrEqualTo(Math.max(0, announced));
      }
    }

    Process last = start(export);
    List<String> lines = new ArrayList<>();
    try (BufferedReader out = reader(last)) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        lines.add(line);
      }
    }
    assertThat(last.waitFor()).as(String.join("\n", lines)).isZero();
    String[] done = lines.get(lines.size() - 1).split(" ");
    assertThat(done[0]).isEqualTo("done");
    assertThat(Long.parseLong(done[1]) + Long.parseLong(done[2])).isEqualTo(MESSAGES);
    try (ReportIndex index =
        ReportIndex.open(data.resolve("index"), new ConfigLoader().defaults().index(), List.of())) {
      assertThat(index.count()).as("each message exactly once").isEqualTo(MESSAGES);
    }
    assertThat(killsDone).isEqualTo(KILLS);
    System.out.printf("CrashSafetyTest: %d kills survived, 0 reports lost%n", killsDone);
  }

  private Process start(Path export) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            ChatIngestChild.class.getName(),
            data.toString(),
            export.toString())
        .redirectErrorStream(true)
        .start();
  }

  private static BufferedReader reader(Process p) {
    return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
  }

  /** Distinct invented trading messages, one a minute, in WhatsApp's iOS export form. */
  private static Path writeWhatsAppExport(Path file) throws IOException {
    return WhatsAppExportFile.write(
        file,
        LocalDateTime.of(2025, 1, 6, 9, 0),
        MESSAGES,
        new String[] {"Kevin Zhao", "Linda Wu", "Marcus Hale", "Grace Lin"},
        i -> "WTS 8x H100 node #" + i + ", " + (60 + i % 30) + "k CNY/month");
  }
}
