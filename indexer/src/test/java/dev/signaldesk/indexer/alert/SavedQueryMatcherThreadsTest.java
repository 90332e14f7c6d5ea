package dev.signaldesk.indexer.alert;

import static dev.signaldesk.indexer.alert.TestSchema.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signaldesk.indexer.index.IndexedReport;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.junit.jupiter.api.Test;

/** Matching a call's sub-batches on several threads records what one thread records. */
class SavedQueryMatcherThreadsTest {
  private static final String[] WORDS = {
    "h100",
    "a800",
    "h20",
    "rent",
    "idle",
    "sell",
    "gpu",
    "cluster",
    "price",
    "yuan",
    "hour",
    "guizhou",
    "gansu",
    "server",
    "lease",
    "discount"
  };

  private final TestSchema schema = new TestSchema();

  private SavedQueryMatcher matcher(int threads) {
    SavedQueryMatcher m =
        new SavedQueryMatcher(schema.analyzer, schema, schema, "story", 16, threads);
    m.replaceAll(queries());
    return m;
  }

  /** Single words, pairs and phrases over a small vocabulary, some restricted by source or kind. */
  private static List<SavedQuerySpec> queries() {
    Random random = new Random(7);
    List<SavedQuerySpec> specs = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      String a = WORDS[random.nextInt(WORDS.length)];
      String b = WORDS[random.nextInt(WORDS.length)];
      String query =
          switch (i % 3) {
            case 0 -> a;
            case 1 -> a + " AND " + b;
            default -> "\"" + a + " " + b + "\"";
          };
      AlertFilters filters =
          switch (i % 5) {
            case 0 -> new AlertFilters(List.of("36kr"), null, null);
            case 1 -> new AlertFilters(List.of(), ReportKind.CHAT, null);
            default -> null;
          };
      specs.add(new SavedQuerySpec("q" + i, query, filters));
    }
    return specs;
  }

  /** Generated reports: a few words each, every fourth in a story shared with its neighbour. */
  private List<IndexedReport> batch(int size) {
    Random random = new Random(11);
    List<IndexedReport> reports = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 6; w++) {
        text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
      }
      Report r =
          report(
              "r" + i,
              i % 2 == 0 ? "36kr" : "jazzyear",
              i % 7 == 0 ? ReportKind.CHAT : ReportKind.NEWS,
              "Report " + i,
              text.toString(),
              i % 4 == 0 ? "story-" + (i / 8) : null);
      reports.add(new IndexedReport(r, schema.build(r)));
    }
    return reports;
  }

  private static List<String> recorded(MatchBatch batch) {
    return batch.matches().stream()
        .map(m -> m.savedQueryId() + "->" + m.report().id() + "@" + m.dedupKey())
        .toList();
  }

  @Test
  void fourThreadsRecordTheSameMatchesInTheSameOrderAsOne() {
    List<IndexedReport> reports = batch(200);
    MatchBatch one;
    MatchBatch four;
    try (SavedQueryMatcher single = matcher(1);
        SavedQueryMatcher parallel = matcher(4)) {
      one = single.matchIndexed(reports);
      four = parallel.matchIndexed(reports);
    }

    // Not a vacuous comparison: the generated batch matches many queries on many reports.
    assertThat(one.matches()).hasSizeGreaterThan(200);
    assertThat(one.errors()).isEmpty();
    assertThat(recorded(four)).containsExactlyElementsOf(recorded(one));
    assertThat(four.errors()).isEmpty();
  }

  @Test
  void aCallSmallerThanTheBatchSizeMatchesAsOneThreadDoes() {
    List<IndexedReport> reports = batch(10);
    try (SavedQueryMatcher single = matcher(1);
        SavedQueryMatcher parallel = matcher(4)) {
      assertThat(recorded(parallel.matchIndexed(reports)))
          .containsExactlyElementsOf(recorded(single.matchIndexed(reports)));
    }
  }

  @Test
  void aSubBatchThatFailsIsReportedAndTheOtherSubBatchesStillMatch() {
    List<IndexedReport> reports = new ArrayList<>(batch(64));
    // A keyword longer than Lucene's term limit makes the monitor refuse the sub-batch holding it.
    Report bad = reports.get(40).report();
    Document immense = schema.build(bad);
    immense.removeFields("source");
    immense.add(new StringField("source", "x".repeat(40_000), Field.Store.NO));
    reports.set(40, new IndexedReport(bad, immense));

    MatchBatch result;
    List<String> expected;
    try (SavedQueryMatcher single = matcher(1);
        SavedQueryMatcher parallel = matcher(4)) {
      expected = recorded(single.matchIndexed(batch(64)));
      result = parallel.matchIndexed(reports);
    }

    // Four sub-batches of 16: reports 32..47 fail together, the others match as usual.
    List<String> failed =
        result.errors().stream().map(MatchBatch.MatchError::reportId).distinct().toList();
    assertThat(failed).hasSize(16).contains("r40", "r32", "r47");
    List<String> survivors =
        expected.stream()
            .filter(m -> !failed.contains(m.substring(m.indexOf("->") + 2, m.indexOf('@'))))
            .toList();
    assertThat(survivors).isNotEmpty().hasSizeLessThan(expected.size());
    assertThat(recorded(result)).containsExactlyElementsOf(survivors);
  }

  @Test
  void closingTheMatcherStopsItsPool() {
    SavedQueryMatcher parallel = matcher(3);
    parallel.matchIndexed(batch(40));
    assertThat(parallel.poolTerminated()).isFalse();

    parallel.close();

    assertThat(parallel.poolTerminated()).isTrue();
  }

  @Test
  void fewerThanOneThreadIsRefused() {
    assertThatThrownBy(() -> new SavedQueryMatcher(schema.analyzer, schema, schema, "story", 16, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threads");
  }
}
