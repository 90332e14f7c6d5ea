package dev.signaldesk.indexer.alert;

import static dev.signaldesk.indexer.alert.TestSchema.news;
import static dev.signaldesk.indexer.alert.TestSchema.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SavedQueryMatcherTest {
  private final TestSchema schema = new TestSchema();
  private final SavedQueryMatcher matcher =
      new SavedQueryMatcher(schema.analyzer, schema, schema, "story", 2);

  @AfterEach
  void close() {
    matcher.close();
  }

  private static List<String> pairs(MatchBatch batch) {
    return batch.matches().stream().map(m -> m.savedQueryId() + "->" + m.report().id()).toList();
  }

  @Test
  void matchesOnlyTheReportsEachQueryFinds() {
    matcher.register(new SavedQuerySpec("q-h100", "h100 AND rent", null));
    matcher.register(new SavedQuerySpec("q-idle", "idle", null));

    MatchBatch batch =
        matcher.match(
            List.of(
                news("r1", "36kr", "H100 rent falls", "Eight-GPU servers rent for 75,000 yuan."),
                news("r2", "36kr", "Idle centres", "Half the racks sit idle."),
                news("r3", "36kr", "Weather", "Sunny in Beijing.")));

    assertThat(pairs(batch)).containsExactlyInAnyOrder("q-h100->r1", "q-idle->r2");
    assertThat(batch.errors()).isEmpty();
  }

  @Test
  void filtersRestrictBySourceAndKind() {
    matcher.register(
        new SavedQuerySpec("q-chat", "h100", new AlertFilters(List.of(), ReportKind.CHAT, null)));
    matcher.register(
        new SavedQuerySpec(
            "q-jazz", "h100", new AlertFilters(List.of("jazzyear"), null, Map.of())));

    MatchBatch batch =
        matcher.match(
            List.of(
                news("n1", "36kr", "H100", "h100 news"),
                news("n2", "jazzyear", "H100", "h100 news"),
                report("c1", "chat:telegram", ReportKind.CHAT, "group", "出 H100 整机", null)));

    assertThat(pairs(batch)).containsExactlyInAnyOrder("q-jazz->n2", "q-chat->c1");
  }

  @Test
  void reRegisteringReplacesAndRemovingForgets() {
    matcher.register(new SavedQuerySpec("q", "idle", null));
    matcher.register(new SavedQuerySpec("q", "rent", null));
    Report idle = news("r1", "36kr", "Idle", "idle racks");
    Report rent = news("r2", "36kr", "Rent", "rent falls");

    assertThat(pairs(matcher.match(List.of(idle, rent)))).containsExactly("q->r2");

    matcher.remove("q");
    assertThat(matcher.match(List.of(idle, rent)).matches()).isEmpty();
    assertThat(matcher.size()).isZero();
  }

  @Test
  void registeringAnUnparsableQueryFailsAndKeepsTheOldVersion() {
    matcher.register(new SavedQuerySpec("q", "idle", null));

    assertThatThrownBy(() -> matcher.register(new SavedQuerySpec("q", "idle AND (", null)))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(pairs(matcher.match(List.of(news("r1", "36kr", "t", "idle")))))
        .containsExactly("q->r1");
  }

  @Test
  void rebuildReportsBrokenQueriesAndRegistersTheRest() {
    matcher.register(new SavedQuerySpec("stale", "weather", null));

    List<MatchBatch.MatchError> errors =
        matcher.replaceAll(
            List.of(
                new SavedQuerySpec("ok", "idle", null),
                new SavedQuerySpec("broken", "\"unterminated", null)));

    assertThat(errors).extracting(MatchBatch.MatchError::savedQueryId).containsExactly("broken");
    assertThat(matcher.size()).isEqualTo(1);
    assertThat(pairs(matcher.match(List.of(news("r1", "36kr", "weather", "idle")))))
        .containsExactly("ok->r1");
  }

  @Test
  void matchesEveryReportAcrossSeveralBatches() {
    matcher.register(new SavedQuerySpec("q", "h100", null));
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      reports.add(news("r" + i, "36kr", "H100 #" + i, "h100"));
    }

    assertThat(pairs(matcher.match(reports)))
        .containsExactly("q->r0", "q->r1", "q->r2", "q->r3", "q->r4");
  }

  @Test
  void aReportThatCannotBeConvertedIsReportedAndTheOthersStillMatch() {
    matcher.register(new SavedQuerySpec("q", "h100", null));

    MatchBatch batch =
        matcher.match(
            List.of(
                news("bad", "36kr", "H100", "h100 POISON"), news("good", "36kr", "H100", "h100")));

    assertThat(pairs(batch)).containsExactly("q->good");
    assertThat(batch.errors()).extracting(MatchBatch.MatchError::reportId).containsExactly("bad");
  }

  @Test
  void reportsOfOneStoryShareADedupKeyAndOthersUseTheirId() {
    matcher.register(new SavedQuerySpec("q", "h100", null));

    MatchBatch batch =
        matcher.match(
            List.of(
                report("a", "36kr", ReportKind.NEWS, "H100", "h100", "story-42"),
                report("b", "jazzyear", ReportKind.NEWS, "H100", "h100", "story-42"),
                report("c", "jazzyear", ReportKind.NEWS, "H100", "h100", null)));

    assertThat(batch.matches())
        .extracting(AlertMatch::dedupKey)
        .containsExactly("story:story-42", "story:story-42", "doc:c");
  }

  @Test
  void aQueryOnAFieldNoEarlierQueryReadMatchesFromItsRegistration() {
    matcher.register(new SavedQuerySpec("q-text", "h100", null));
    Report r1 = news("r1", "36kr", "Weather", "sunny");
    assertThat(pairs(matcher.match(List.of(r1)))).isEmpty();

    // "id" was pruned from the monitor's documents while no query read it.
    matcher.register(new SavedQuerySpec("q-id", "id:r1", null));

    assertThat(pairs(matcher.match(List.of(r1)))).containsExactly("q-id->r1");
  }

  @Test
  void matchIndexedMatchesTheGivenDocumentsWithoutBuildingThem() {
    matcher.register(new SavedQuerySpec("q", "h100", null));
    // The builder would refuse this report; the index already built its document.
    Report poisoned = news("p1", "36kr", "H100", "h100 POISON");
    Report plain = news("p1", "36kr", "H100", "h100");

    MatchBatch batch =
        matcher.matchIndexed(
            List.of(new dev.signaldesk.indexer.index.IndexedReport(poisoned, schema.build(plain))));

    assertThat(pairs(batch)).containsExactly("q->p1");
    assertThat(batch.errors()).isEmpty();
  }
}
