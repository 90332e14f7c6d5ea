package dev.signaldesk.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a crawl with SIGKILL at random moments, again and again on the same data directory, then
 * lets it finish. The child ({@link CrawlIngestChild}) crawls a loopback news site served by this
 * JVM ({@link FixtureNewsSite}: a sitemap of article pages, one in {@value
 * FixtureNewsSite#COPY_EVERY} a copy of the page before it) into the real index, H2 crawl state and
 * WARC archive, committing every {@value #COMMIT_EVERY} reports; the parent kills it at a random
 * one of its {@code upsert} / {@code committed} lines, so kills land mid-batch, right after a
 * commit and before the crawl state catches up with it, never after a sleep.
 *
 * <p>After every kill ({@link CrawlDataCheck}): the index opens; every report announced committed
 * is in it exactly once; every indexed news report's provenance names a WARC response record that
 * exists, whose payload digest matches its body, and whose body extracts to the report's content
 * digest; every URL the crawl state records as stored is in the index, every archive reference it
 * holds exists. The last run exits 0 and leaves one report per distinct article, each once, and
 * every URL stored. Kills: {@code -Dreliability.kills} (default {@value #DEFAULT_KILLS}; 50 under
 * {@code -Preliability-long}).
 */
class CrawlCrashSafetyTest {

  static final int DEFAULT_KILLS = 3;
  static final int KILLS = Integer.getInteger("reliability.kills", DEFAULT_KILLS);
  static final int COMMIT_EVERY = 5;

  /** Kill at one of the first this many announcement lines of a run. */
  static final int KILL_WITHIN_LINES = 3 * (COMMIT_EVERY + 1);

  @TempDir Path data;

  @Test
  void killedCrawlsLoseNothingCommittedKeepArchiveAndStateConsistentAndFinishWithoutDuplicates()
      throws Exception {
    // Enough pages that the crawl cannot finish before the last kill: a run hands over at most
    // KILL_WITHIN_LINES - 1 reports before it is killed, about 7 on average.
    int pages = Math.max(80, 16 * KILLS);
    try (FixtureNewsSite site = new FixtureNewsSite(pages)) {
      Path config = writeConfig(site);
      Random random = new Random(20261128);
      Set<String> announced = new HashSet<>();
      int kills = 0;
      long pageRequestsBefore;
      for (int k = 0; k < KILLS; k++) {
        int killAt = 1 + random.nextInt(KILL_WITHIN_LINES);
        Run run = run(config, killAt);
        assertThat(run.killed())
            .as("run %d ended before its kill line %d: %s", k, killAt, run.lines())
            .isTrue();
        kills++;
        announced.addAll(run.committed());
        CrawlDataCheck.Findings f = CrawlDataCheck.of(data);
        assertThat(f.problems()).as("after kill %d at line %d", k, killAt).isEmpty();
        assertThat(f.reportIds())
            .as("kill %d: every report announced committed survives", k)
            .containsAll(announced);
      }
      pageRequestsBefore = site.pageRequests();

      Run last = run(config, Integer.MAX_VALUE);
      assertThat(last.exit()).as(String.join("\n", last.lines())).isZero();
      assertThat(last.lines()).last().asString().startsWith("done ");
      CrawlDataCheck.Findings f = CrawlDataCheck.of(data);
      assertThat(f.problems()).as("after the final run").isEmpty();
      assertThat(f.reportIds())
          .as("one report per distinct article")
          .hasSize(site.distinctArticles());
      assertThat(f.reportIds()).containsAll(announced);
      assertThat(f.storedUrls()).as("every page stored or known as a copy").isEqualTo(pages);
      assertThat(site.pageRequests() - pageRequestsBefore)
          .as("the final run fetches no page whose report was announced committed")
          .isLessThanOrEqualTo(pages - announced.size());
      System.out.printf(
          "CrawlCrashSafetyTest: %d kills survived, %d pages, %d reports, 0 lost, 0 duplicated,"
              + " %d page requests in all%n",
          kills, pages, f.reportIds().size(), site.pageRequests());
    }
  }

  private Path writeConfig(FixtureNewsSite site) throws IOException {
    return Files.writeString(
        data.resolve("crawl.yml"),
        """
        crawler:
          min-delay: 0s
          max-retries: 0
          read-timeout: 10s
          commit-every: %d
        sources:
          - {id: fixture, type: sitemap, url: "%s"}
        """
            .formatted(COMMIT_EVERY, site.sitemapUrl()));
  }

  /** What one child run printed, which reports it announced committed, and how it ended. */
  record Run(List<String> lines, Set<String> committed, boolean killed, int exit) {}

  private Run run(Path config, int killAtLine) throws IOException, InterruptedException {
    long started = System.nanoTime();
    Process child =
        ChildJvm.of("384m", CrawlIngestChild.class, data.toString(), config.toString()).start();
    List<String> lines = new ArrayList<>();
    Set<String> committed = new HashSet<>();
    int announcements = 0;
    boolean killed = false;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        lines.add(line);
        boolean isCommit = line.startsWith("committed");
        if (isCommit) {
          committed.addAll(Arrays.asList(line.substring(9).trim().split(" ")));
          committed.remove("");
        }
        if ((isCommit || line.startsWith("upsert ")) && ++announcements == killAtLine) {
          child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
          killed = true;
          break;
        }
      }
    }
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("child ended").isTrue();
    System.out.printf(
        "CrawlCrashSafetyTest: run %s after %d lines, %d ms%n",
        killed ? "killed" : "ended", lines.size(), (System.nanoTime() - started) / 1_000_000);
    return new Run(lines, committed, killed, child.exitValue());
  }
}
