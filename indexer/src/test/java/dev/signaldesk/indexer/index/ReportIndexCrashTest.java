package dev.signaldesk.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/**
 * A writer in another process locks the index against other writers, and when killed with SIGKILL
 * mid-ingest loses nothing it had committed.
 */
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
        if (commits == 1) {
          assertLockedButReadable(indexDir, committed);
        }
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

  /** While the child holds the writer: no second writer, but readers see its commits. */
  private static void assertLockedButReadable(Path indexDir, int committed) throws IOException {
    assertThatThrownBy(() -> ReportIndex.open(indexDir, TestReports.config(), List.of()))
        .isInstanceOf(IndexLockedException.class);
    try (ReportIndex reader = ReportIndex.openReadOnly(indexDir, TestReports.config())) {
      assertThat(reader.count()).isGreaterThanOrEqualTo(committed);
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
