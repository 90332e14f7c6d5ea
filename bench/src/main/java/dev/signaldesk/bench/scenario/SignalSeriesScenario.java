package dev.signaldesk.bench.scenario;

import dev.signaldesk.bench.corpus.CorpusSpec;
import dev.signaldesk.bench.measure.Budget;
import dev.signaldesk.bench.measure.LatencyRecorder;
import dev.signaldesk.bench.measure.Metric;
import dev.signaldesk.bench.measure.ScenarioResult;
import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.indexer.signal.index.Interval;
import dev.signaldesk.indexer.signal.index.PriceIndexService;
import dev.signaldesk.indexer.signal.index.PricePoint;
import dev.signaldesk.indexer.signal.index.PriceSeries;
import dev.signaldesk.indexer.signal.index.SegmentMentionCache;
import dev.signaldesk.indexer.signal.price.Currency;
import dev.signaldesk.indexer.signal.price.PriceKind;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Signal series: the H100 rent series over the whole three years, by day, week and month, through
 * {@link PriceIndexService} on the generated index (read-only, as the API reads it). Each request
 * is timed on its own, three ways: after a commit (the segments' mentions kept, the series not:
 * {@code p50_ms}..{@code p99_ms}), after a start (nothing kept: {@code cold_*}) and repeated
 * ({@code cached_p99_ms}); the note checks the series has the corpus's shape (2023 peak above the
 * 2025 trough), so a fast but empty series cannot pass for a result.
 */
final class SignalSeriesScenario implements Scenario {

  private static final LocalDate FROM = LocalDate.of(2023, 12, 1);
  private static final LocalDate TO = LocalDate.of(2026, 11, 27);
  private static final int WARM_UP = 10;

  @Override
  public String name() {
    return "signal-series";
  }

  @Override
  public List<ScenarioResult> run(BenchContext ctx, long documents) throws IOException {
    ctx.indexes().ensure(documents);
    CorpusSpec spec = ctx.corpus(documents);
    List<ScenarioResult> rows = new ArrayList<>();
    try (ReportIndex index =
        ReportIndex.openReadOnly(ctx.indexes().index(spec), ctx.config().index())) {
      PriceIndexService prices = new PriceIndexService(index, ctx.config().signals());
      for (Interval interval : List.of(Interval.MONTH, Interval.WEEK, Interval.DAY)) {
        ScenarioResult.Builder row =
            ScenarioResult.ok(
                name(), "H100 rent by " + interval.name().toLowerCase(Locale.ROOT), documents);
        PriceSeries series = null;
        Budget warmUp = Budget.of(WARM_UP, ctx.profile().warmUp(), 1);
        while (warmUp.next()) {
          series = prices.series("H100", PriceKind.RENT, interval, FROM, TO, Currency.CNY, null);
        }
        // Up to maxRequests/100 runs (20 at least) within the search window: at 1M documents one
        // series may take seconds, and then fewer runs are measured.
        Budget runs =
            Budget.of(
                Math.max(20, ctx.profile().maxRequests() / 100), ctx.profile().searchTime(), 5);
        // The service caches a series until the next commit, and each segment's mentions until
        // Lucene drops the segment. What a caller waits for after a commit is the series computed
        // again from the kept segments (plus a scan of the segments the commit added, which is
        // proportional to what it added): a new service sharing the warm segment cache. After a
        // start nothing is kept: a new service with a new segment cache ("cold"). The repeated call
        // is a cache hit ("cached").
        SegmentMentionCache warm = new SegmentMentionCache();
        new PriceIndexService(index, ctx.config().signals(), warm)
            .series("H100", PriceKind.RENT, interval, FROM, TO, Currency.CNY, null);
        LatencyRecorder afterCommit = new LatencyRecorder();
        LatencyRecorder cold = new LatencyRecorder();
        LatencyRecorder cached = new LatencyRecorder();
        while (runs.next()) {
          PriceIndexService fresh =
              new PriceIndexService(index, ctx.config().signals(), new SegmentMentionCache());
          long t0 = System.nanoTime();
          fresh.series("H100", PriceKind.RENT, interval, FROM, TO, Currency.CNY, null);
          cold.record(System.nanoTime() - t0);
          PriceIndexService committed = new PriceIndexService(index, ctx.config().signals(), warm);
          long c0 = System.nanoTime();
          series = committed.series("H100", PriceKind.RENT, interval, FROM, TO, Currency.CNY, null);
          afterCommit.record(System.nanoTime() - c0);
          long r0 = System.nanoTime();
          committed.series("H100", PriceKind.RENT, interval, FROM, TO, Currency.CNY, null);
          cached.record(System.nanoTime() - r0);
        }
        LatencyRecorder each = afterCommit;
        Objects.requireNonNull(series);
        int mentions = series.series().stream().mapToInt(PricePoint::mentions).sum();
        row.add(Metric.of("p50_ms", each.percentileMillis(50), "ms"))
            .add(Metric.of("p95_ms", each.percentileMillis(95), "ms"))
            .add(
                Metric.of("p99_ms", each.percentileMillis(99), "ms")
                    .atMost(50, "<= 50 ms at 1M docs"))
            .add(Metric.of("cold_p50_ms", cold.percentileMillis(50), "ms"))
            .add(Metric.of("cold_p99_ms", cold.percentileMillis(99), "ms"))
            .add(Metric.of("cached_p99_ms", cached.percentileMillis(99), "ms"))
            .add(Metric.of("points", series.series().size(), "periods"))
            .add(Metric.of("mentions", mentions, "mentions"))
            .add(Metric.of("runs", each.count(), "runs"))
            .note(shape(series));
        rows.add(row.build());
        ctx.progress(
            "signal-series %s: p99 %.1f ms, %d points, %d mentions",
            interval, each.percentileMillis(99), series.series().size(), mentions);
      }
    }
    return rows;
  }

  /** First and lowest monthly medians: the corpus falls from the 2023 peak to a 2025 trough. */
  private static String shape(PriceSeries series) {
    List<PricePoint> points = series.series().stream().filter(p -> p.median() != null).toList();
    if (points.isEmpty()) {
      return "empty series";
    }
    PricePoint first = points.get(0);
    PricePoint low =
        points.stream().min((a, b) -> Double.compare(a.median(), b.median())).orElseThrow();
    return String.format(
        Locale.ROOT,
        "median %s %.1f CNY/GPU-h, lowest %s %.1f",
        first.period(),
        first.median(),
        low.period(),
        low.median());
  }
}
