package dev.signaldesk.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.indexer.TestReports;
import dev.signaldesk.model.Report;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;

class PendingReportsTest {

  private final Report a = TestReports.numbered(1);
  private final Report b = TestReports.numbered(2);

  @Test
  void aReportKeepsItsFirstVerdictWithinABatch() {
    PendingReports pending = new PendingReports();
    pending.record(a, new Document(), true);
    pending.record(a, new Document(), false); // the second upsert sees the first one pending
    pending.record(b, new Document(), false);
    assertThat(pending.drain().newReports()).containsExactly(a);
    assertThat(pending.contains(a.id())).isFalse();
  }

  @Test
  void aRestoredBatchIsAnnouncedAgainWithLaterUpsertsMerged() {
    PendingReports pending = new PendingReports();
    pending.record(a, new Document(), true);
    PendingReports.Batch failed = pending.drain();
    pending.record(b, new Document(), true);
    pending.record(a, new Document(), false); // upserted again while the failed commit ran
    pending.restore(failed);
    assertThat(pending.drain().newReports()).containsExactly(a, b);
  }
}
