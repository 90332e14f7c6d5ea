package dev.signaldesk.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.indexer.TestReports;
import dev.signaldesk.indexer.schema.ReportFields;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer killed with SIGKILL between and during commits loses nothing it had committed. */
class ReportIndexCrashTest {

  private static final int PER_COMMIT = 40;
  private static final int COMMITS_BEFORE_KILL = 4;

  @TempDir Path dir;

  @Test
  void indexKilledMidIngestOpensCleanWithEveryCommittedReportExactlyOnce() throws Exception {
    Path indexDir = dir.resolve("index");
    Process child = startIngester(indexDir);
    int committed = 0;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      int commits = 0;
      while (commits < COMMITS_BEFORE_KILL) {
        String line = out.readLine();
        assertThat(line)
            .as("child output (stderr in %s)", dir.resolve("child.err"))
            .isNotNull()
            .startsWith("COMMITTED ");
        committed = Integer.parseInt(line.substring("COMMITTED ".length()));
        commits++;
      }
    } finally {
      child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close, mid-write
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    try (Directory directory = FSDirectory.open(indexDir);
        CheckIndex check = new CheckIndex(directory)) {
      assertThat(check.checkIndex().clean).isTrue();
    }
    try (ReportIndex index = ReportIndex.open(indexDir, TestReports.config(), List.of())) {
      assertThat(index.count()).isGreaterThanOrEqualTo(committed);
      for (int i = 0; i < committed; i++) {
        String id = TestReports.numbered(i).id();
        long copies =
            index.withSearcher(s -> (long) s.count(new TermQuery(new Term(ReportFields.ID, id))));
        assertThat(copies).as("copies of report %d", i).isEqualTo(1);
      }
    }
  }

  private Process startIngester(Path indexDir) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Files.createDirectories(dir);
    return new ProcessBuilder(
            java.toString(),
            "-cp",
            System.getProperty("java.class.path"),
            CrashIngestMain.class.getName(),
            indexDir.toString(),
            Integer.toString(PER_COMMIT))
        .redirectError(dir.resolve("child.err").toFile())
        .start();
  }
}
