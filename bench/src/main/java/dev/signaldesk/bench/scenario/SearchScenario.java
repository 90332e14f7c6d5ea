package dev.signaldesk.bench.scenario;

import dev.signaldesk.bench.corpus.CorpusSpec;
import dev.signaldesk.bench.measure.Budget;
import dev.signaldesk.bench.measure.LatencyRecorder;
import dev.signaldesk.bench.measure.LoadRunner;
import dev.signaldesk.bench.measure.Metric;
import dev.signaldesk.bench.measure.ScenarioResult;
import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.indexer.schema.ReportFields;
import dev.signaldesk.indexer.search.SearchOptions;
import dev.signaldesk.indexer.search.SearchResult;
import dev.signaldesk.indexer.search.SearchService;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;

/**
 * Search in process: the {@link QueryMix} through {@link SearchService} at 1, 2 and 8 concurrent
 * clients, against a plain Lucene {@link TermQuery} top-10 on the same index and the same searcher
 * at the same concurrency. The index is opened read-only, as a second process would.
 */
final class SearchScenario implements Scenario {

  /**
   * Most rounds of the mix run before measuring, so the JIT has compiled the search path; the
   * profile's warm-up window stops it sooner at large sizes.
   */
  private static final int WARM_UP_ROUNDS = 30;

  /** Most runs of each query alone for the per-query breakdown (bounded by the search window). */
  private static final int PER_QUERY_RUNS = 15;

  @Override
  public String name() {
    return "search";
  }

  @Override
  public List<ScenarioResult> run(BenchContext ctx, long documents) throws IOException {
    ctx.indexes().ensure(documents);
    CorpusSpec spec = ctx.corpus(documents);
    List<ScenarioResult> rows = new ArrayList<>();
    try (ReportIndex index =
        ReportIndex.openReadOnly(ctx.indexes().index(spec), ctx.config().index())) {
      SearchService search = Pipeline.search(index, ctx.config());
      TermQuery baseline =
          new TermQuery(new Term(ReportFields.ALL, firstToken(index.indexAnalyzer(), "H100")));
      List<QueryMix.Query> mix = QueryMix.ALL;
      Budget warmUp = Budget.of(WARM_UP_ROUNDS * mix.size(), ctx.profile().warmUp(), mix.size());
      while (warmUp.next()) {
        searchOnce(search, mix, warmUp.rounds());
        index.withSearcher(s -> s.search(baseline, 10));
      }
      for (int clients : ctx.profile().clientCounts()) {
        ScenarioResult.Builder row = ScenarioResult.ok(name(), clients + " clients", documents);
        LoadRunner.Outcome base =
            LoadRunner.run(
                clients,
                ctx.profile().searchTime(),
                ctx.profile().maxRequests(),
                n -> index.withSearcher(s -> s.search(baseline, 10) != null));
        LoadRunner.Outcome mixed =
            LoadRunner.run(
                clients,
                ctx.profile().searchTime(),
                ctx.profile().maxRequests(),
                n -> searchOnce(search, mix, n) != null);
        addRow(row, mixed, base, clients);
        rows.add(row.build());
        ctx.progress(
            "search %d clients: %.0f q/s, p99 %.1f ms",
            clients, mixed.requestsPerSecond(), mixed.latencies().percentileMillis(99));
      }
      rows.add(perQuery(search, mix, documents, ctx.profile().searchTime()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    return rows;
  }

  static void addRow(
      ScenarioResult.Builder row, LoadRunner.Outcome mixed, LoadRunner.Outcome base, int clients) {
    double p99 = mixed.latencies().percentileMillis(99);
    Metric p99Metric =
        Metric.of("p99_ms", p99, "ms").withBaseline(base.latencies().percentileMillis(99));
    row.add(
            Metric.of("qps", mixed.requestsPerSecond(), "q/s")
                .withBaseline(base.requestsPerSecond()))
        .add(
            Metric.of("p50_ms", mixed.latencies().percentileMillis(50), "ms")
                .withBaseline(base.latencies().percentileMillis(50)))
        .add(Metric.of("p95_ms", mixed.latencies().percentileMillis(95), "ms"))
        .add(clients == 8 ? p99Metric.atMost(50, "<= 50 ms at 1M docs, 8 clients") : p99Metric)
        .add(Metric.of("requests", mixed.latencies().count(), "requests"))
        .add(Metric.of("errors", mixed.errors(), "requests"));
    if (mixed.firstError() != null) {
      row.note("first error: " + mixed.firstError());
    }
  }

  /**
   * Each query of the mix alone, one client: which kind of query the time goes to, with the page's
   * options and as a plain search (no facets, no collapse: what paging clients and exports ask).
   */
  private ScenarioResult perQuery(
      SearchService search, List<QueryMix.Query> mix, long documents, Duration window) {
    ScenarioResult.Builder row = ScenarioResult.ok(name(), "per query, 1 client", documents);
    for (QueryMix.Query q : mix) {
      LatencyRecorder page = new LatencyRecorder();
      LatencyRecorder plain = new LatencyRecorder();
      Budget runs = Budget.of(PER_QUERY_RUNS, window.dividedBy(mix.size()), 3);
      while (runs.next()) {
        page.time(() -> search.search(q.request(), QueryMix.PAGE));
        plain.time(() -> search.search(q.request(), SearchOptions.NONE));
      }
      row.add(Metric.of(q.label() + " p50_ms", page.percentileMillis(50), "ms"));
      row.add(Metric.of(q.label() + " plain p50_ms", plain.percentileMillis(50), "ms"));
    }
    return row.build();
  }

  private static SearchResult searchOnce(SearchService search, List<QueryMix.Query> mix, int n) {
    return search.search(mix.get(n % mix.size()).request(), QueryMix.PAGE);
  }

  /** The indexed form of {@code word} in the {@code all} field (so the baseline term exists). */
  static String firstToken(Analyzer analyzer, String word) throws IOException {
    try (TokenStream ts = analyzer.tokenStream(ReportFields.ALL, word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String first =
          ts.incrementToken() ? term.toString() : word.toLowerCase(java.util.Locale.ROOT);
      ts.end();
      return first;
    }
  }
}
