package dev.signaldesk.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.indexer.TestReports;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportIndexConcurrencyTest {

  private static final int WRITERS = 3;
  private static final int REPORTS = 60;
  private static final int UPSERTS_PER_COMMIT = 6;

  @TempDir Path dir;

  @Test
  void everyReportIsAnnouncedAsNewExactlyOnceWhileCommitsRaceWithUpserts() throws Exception {
    List<String> announced = Collections.synchronizedList(new ArrayList<>());
    BlockingQueue<Integer> commitRequests = new LinkedBlockingQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
    try (ReportIndex index = ReportIndex.open(dir, TestReports.config(), List.of())) {
      index.addCommitListener(reports -> reports.forEach(r -> announced.add(r.id())));
      List<Future<Void>> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        int offset = w;
        // Writers overlap: each report is upserted by every writer, in a different order.
        writers.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < REPORTS; i++) {
                    index.upsert(TestReports.numbered((i * (offset + 1) + offset) % REPORTS));
                    if (i % UPSERTS_PER_COMMIT == 0) {
                      commitRequests.add(i);
                    }
                  }
                  return null;
                }));
      }
      Future<Void> committer =
          pool.submit(
              () -> {
                for (int k = 0; k < WRITERS * REPORTS / UPSERTS_PER_COMMIT; k++) {
                  commitRequests.take();
                  index.commit();
                }
                return null;
              });
      for (Future<Void> f : writers) {
        f.get();
      }
      committer.get();
      index.commit();

      assertThat(index.count()).isEqualTo(REPORTS);
    } finally {
      pool.shutdownNow();
    }
    HashSet<String> distinct = new HashSet<>(announced);
    assertThat(announced).hasSize(distinct.size());
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < REPORTS; i++) {
      expected.add(TestReports.numbered(i).id());
    }
    assertThat(distinct).containsExactlyInAnyOrderElementsOf(expected);
  }
}
