package dev.signaldesk.bench.scenario;

import dev.signaldesk.bench.corpus.SyntheticCorpus;
import dev.signaldesk.bench.measure.Budget;
import dev.signaldesk.bench.measure.LatencyRecorder;
import dev.signaldesk.bench.measure.Metric;
import dev.signaldesk.bench.measure.ScenarioResult;
import dev.signaldesk.indexer.alert.IndexAlertDocumentBuilder;
import dev.signaldesk.indexer.alert.IndexAlertQueryCompiler;
import dev.signaldesk.indexer.alert.MatchBatch;
import dev.signaldesk.indexer.alert.SavedQueryMatcher;
import dev.signaldesk.indexer.alert.SavedQuerySpec;
import dev.signaldesk.indexer.index.IndexedReport;
import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.indexer.schema.FieldContributor;
import dev.signaldesk.indexer.search.SearchService;
import dev.signaldesk.indexer.signal.index.SignalFields;
import dev.signaldesk.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Alert matching: registers 1k, 10k, 100k generated saved queries in the lucene-monitor matcher, as
 * the server does at start-up, then matches new reports against all of them in the matcher's
 * default batches, up to the profile's number of reports or its time window, whichever ends first.
 * The server matches the documents a commit has just indexed ({@code ReportIndex} hands them to its
 * commit listeners), so the reports are built into documents by {@link ReportIndex#buildDocuments}
 * before the clock starts, and documents/s is what a commit's alerting costs on top of indexing.
 * The index used for the analyzer and schema is a fresh, empty one: matching never reads the stored
 * reports.
 */
final class AlertScenario implements Scenario {

  /** Reports matched once, unmeasured, after registration: enough to compile the match path. */
  private static final int WARM_UP_DOCUMENTS = 8;

  @Override
  public String name() {
    return "alerts";
  }

  @Override
  public List<ScenarioResult> run(BenchContext ctx, long documents) throws IOException {
    List<ScenarioResult> rows = new ArrayList<>();
    Path dir = Files.createTempDirectory(ctx.work(), "alerts-");
    List<FieldContributor> contributors = Pipeline.contributors(ctx.config(), ctx.clock());
    SyntheticCorpus corpus = new SyntheticCorpus(ctx.corpus(Long.MAX_VALUE / 2));
    List<Report> reports = new ArrayList<>();
    // Reports from the far end of the corpus index space: never the ones indexed elsewhere.
    corpus
        .reports(1_000_000_000L, 1_000_000_000L + ctx.profile().alertDocuments())
        .forEachRemaining(reports::add);
    try (ReportIndex index = ReportIndex.open(dir, ctx.config().index(), contributors)) {
      IndexAlertDocumentBuilder builder = new IndexAlertDocumentBuilder(index);
      List<IndexedReport> indexed = new ArrayList<>(reports.size());
      for (Report r : reports) {
        indexed.add(new IndexedReport(r, builder.build(r)));
      }
      SearchService search = Pipeline.search(index, ctx.config());
      IndexAlertQueryCompiler compiler =
          new IndexAlertQueryCompiler(search::parse, search.fields());
      for (int count : ctx.profile().savedQueryCounts()) {
        ScenarioResult.Builder row =
            ScenarioResult.ok(name(), count + " saved queries", reports.size());
        List<SavedQuerySpec> specs = SavedQueries.generate(ctx.seed() + count, count);
        try (SavedQueryMatcher matcher =
            new SavedQueryMatcher(
                index.indexAnalyzer(),
                compiler,
                builder,
                SignalFields.STORY,
                SavedQueryMatcher.DEFAULT_BATCH_SIZE,
                ctx.profile().threads())) {
          long t0 = System.nanoTime();
          List<MatchBatch.MatchError> refused = matcher.replaceAll(specs);
          double registerSeconds = (System.nanoTime() - t0) / 1e9;
          // A short unmeasured pass warms the matcher's JIT paths.
          matcher.matchIndexed(indexed.subList(0, Math.min(WARM_UP_DOCUMENTS, indexed.size())));
          LatencyRecorder batches = new LatencyRecorder();
          long matches = 0;
          long errors = 0;
          int matched = 0;
          int batchSize = SavedQueryMatcher.DEFAULT_BATCH_SIZE;
          // At 100k saved queries a batch may take many seconds: stop at the profile's window,
          // after one batch at least, and report how many documents were matched.
          Budget budget =
              Budget.of((reports.size() + batchSize - 1) / batchSize, ctx.profile().alertTime(), 1);
          while (budget.next()) {
            List<IndexedReport> batch =
                indexed.subList(matched, Math.min(indexed.size(), matched + batchSize));
            long b0 = System.nanoTime();
            MatchBatch result = matcher.matchIndexed(batch);
            batches.record(System.nanoTime() - b0);
            matched += batch.size();
            matches += result.matches().size();
            errors += result.errors().size();
          }
          double docsPerSecond = matched / (batches.totalNanos() / 1e9);
          Metric rate = Metric.of("docs_per_s", docsPerSecond, "docs/s");
          if (count == 10_000) {
            rate = rate.atLeast(500, ">= 500 docs/s at 10k queries");
          }
          row.add(rate)
              .add(Metric.of("register_queries_per_s", count / registerSeconds, "queries/s"))
              .latencies(batches, "batch" + batchSize + "_")
              .add(Metric.of("documents_matched", matched, "docs"))
              .add(Metric.of("matches_per_doc", (double) matches / matched, "matches"))
              .add(Metric.of("refused_queries", refused.size(), "queries"))
              .add(Metric.of("match_errors", errors, "errors"));
          rows.add(row.build());
          ctx.progress(
              "alerts %,d queries: %.1f docs/s over %,d documents (registered in %.1f s)",
              count, docsPerSecond, matched, registerSeconds);
        }
      }
    } finally {
      PreparedIndexes.deleteTree(dir);
    }
    return rows;
  }
}
