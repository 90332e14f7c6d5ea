package dev.signaldesk.indexer.index;

import dev.signaldesk.indexer.TestReports;
import java.nio.file.Path;
import java.util.List;

/**
 * Child process of {@link ReportIndexCrashTest}: ingests numbered reports without end, re-upserting
 * every third one, commits every {@code N} and prints {@code COMMITTED <count>} after each commit.
 * It never stops by itself; the test kills it.
 */
public final class CrashIngestMain {

  private CrashIngestMain() {}

  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    int perCommit = Integer.parseInt(args[1]);
    ReportIndex index = ReportIndex.open(dir, TestReports.config(), List.of());
    for (int i = 0; ; i++) {
      index.upsert(TestReports.numbered(i));
      if (i % 3 == 0) {
        index.upsert(TestReports.numbered(i / 2)); // an update of an earlier report
      }
      if ((i + 1) % perCommit == 0) {
        index.commit();
        System.out.println("COMMITTED " + (i + 1));
        System.out.flush();
      }
    }
  }
}
