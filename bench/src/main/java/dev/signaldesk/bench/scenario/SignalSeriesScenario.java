package dev.signaldesk.bench.scenario;

import dev.signaldesk.bench.corpus.CorpusSpec;
import dev.signaldesk.bench.corpus.SyntheticCorpus;
import dev.signaldesk.bench.measure.Budget;
import dev.signaldesk.bench.measure.LatencyRecorder;
import dev.signaldesk.bench.measure.Metric;
import dev.signaldesk.bench.measure.ScenarioResult;
import dev.signaldesk.crawler.extract.ArticleExtractor;
import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.indexer.signal.index.Interval;
import dev.signaldesk.indexer.signal.index.PriceIndexService;
import dev.signaldesk.indexer.signal.index.PricePoint;
import dev.signaldesk.indexer.signal.index.PriceSeries;
import dev.signaldesk.indexer.signal.index.SegmentMentionCache;
import dev.signaldesk.indexer.signal.price.Currency;
import dev.signaldesk.indexer.signal.price.PriceKind;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Signal series: the H100 rent series over the whole three years, by day, week and month, through
 * {@link PriceIndexService} on a hard-linked clone of the generated index that takes a commit of
 * 100 recent reports before each run. Each request is timed on its own, three ways: the first call
 * after the commit, from the service a server keeps ({@code p50_ms}..{@code p99_ms}), the same from
 * a service that has kept nothing, as after a start ({@code cold_*}), and repeated ({@code
 * cached_p99_ms}); the note checks the series has the corpus's shape (2023 peak above the 2025
 * trough), so a fast but empty series cannot pass for a result.
 */
final class SignalSeriesScenario implements Scenario {

  private static final LocalDate FROM = LocalDate.of(2023, 12, 1);
  private static final LocalDate TO = LocalDate.of(2026, 11, 27);
  private static final int WARM_UP = 10;

  /** Most reports committed before each timed run (a twentieth of a small corpus). */
  private static final int BATCH = 100;

  @Override
  public String name() {
    return "signal-series";
  }

  @Override
  public List<ScenarioResult> run(BenchContext ctx, long documents) throws IOException {
    ctx.indexes().ensure(documents);
    CorpusSpec spec = ctx.corpus(documents);
    List<ScenarioResult> rows = new ArrayList<>();
    // Commits go to a clone of the generated index made of hard links (Lucene never rewrites a
    // file it wrote, so the generated index is left as it was), deleted afterwards.
    Path clone = ctx.indexes().root(spec).resolve("series-clone");
    PreparedIndexes.deleteTree(clone);
    linkClone(ctx.indexes().index(spec), clone);
    RecentReports recent = new RecentReports(new SyntheticCorpus(spec), documents);
    ArticleExtractor extractor = new ArticleExtractor();
    try (ReportIndex index = Pipeline.open(clone, ctx.config(), ctx.clock())) {
      for (Interval interval : List.of(Interval.MONTH, Interval.WEEK, Interval.DAY)) {
        rows.add(measure(ctx, index, interval, recent, extractor, documents));
      }
    } finally {
      PreparedIndexes.deleteTree(clone);
    }
    return rows;
  }

  private ScenarioResult measure(
      BenchContext ctx,
      ReportIndex index,
      Interval interval,
      RecentReports recent,
      ArticleExtractor extractor,
      long documents) {
    ScenarioResult.Builder row =
        ScenarioResult.ok(
            name(), "H100 rent by " + interval.name().toLowerCase(Locale.ROOT), documents);
    // The service a server keeps: its series cache, the previous answers and each segment's
    // mentions survive from one commit to the next.
    PriceIndexService served = new PriceIndexService(index, ctx.config().signals());
    PriceSeries series = null;
    Budget warmUp = Budget.of(WARM_UP, ctx.profile().warmUp(), 1);
    while (warmUp.next()) {
      series = served.series("H100", PriceKind.RENT, interval, FROM, TO, Currency.CNY, null);
      new PriceIndexService(index, ctx.config().signals(), new SegmentMentionCache())
          .series("H100", PriceKind.RENT, interval, FROM, TO, Currency.CNY, null);
    }
    // Up to maxRequests/100 runs (20 at least) within the search window. Each run commits a
    // batch of new reports dated in the corpus's last month (what a crawl pass brings), then
    // times the first series after that commit ("p50_ms".."p99_ms", the target), the same
    // series from a service that has kept nothing, as after a start ("cold_*"), and the repeated
    // call, a cache hit ("cached_p99_ms").
    Budget runs =
        Budget.of(Math.max(20, ctx.profile().maxRequests() / 100), ctx.profile().searchTime(), 5);
    LatencyRecorder afterCommit = new LatencyRecorder();
    LatencyRecorder cold = new LatencyRecorder();
    LatencyRecorder cached = new LatencyRecorder();
    int added = 0;
    int batch = (int) Math.max(1, Math.min(BATCH, documents / 20));
    while (runs.next()) {
      for (Report r : recent.next(batch)) {
        index.upsert(
            r.kind() == ReportKind.NEWS ? Pipeline.extracted(r, Pipeline.page(r), extractor) : r);
      }
      index.commit();
      index.refresh();
      added += batch;
      long t0 = System.nanoTime();
      series = served.series("H100", PriceKind.RENT, interval, FROM, TO, Currency.CNY, null);
      afterCommit.record(System.nanoTime() - t0);
      long r0 = System.nanoTime();
      served.series("H100", PriceKind.RENT, interval, FROM, TO, Currency.CNY, null);
      cached.record(System.nanoTime() - r0);
      PriceIndexService fresh =
          new PriceIndexService(index, ctx.config().signals(), new SegmentMentionCache());
      long c0 = System.nanoTime();
      fresh.series("H100", PriceKind.RENT, interval, FROM, TO, Currency.CNY, null);
      cold.record(System.nanoTime() - c0);
    }
    Objects.requireNonNull(series);
    int mentions = series.series().stream().mapToInt(PricePoint::mentions).sum();
    row.add(Metric.of("p50_ms", afterCommit.percentileMillis(50), "ms"))
        .add(Metric.of("p95_ms", afterCommit.percentileMillis(95), "ms"))
        .add(
            Metric.of("p99_ms", afterCommit.percentileMillis(99), "ms")
                .atMost(50, "<= 50 ms at 1M docs"))
        .add(Metric.of("cold_p50_ms", cold.percentileMillis(50), "ms"))
        .add(Metric.of("cold_p99_ms", cold.percentileMillis(99), "ms"))
        .add(Metric.of("cached_p99_ms", cached.percentileMillis(99), "ms"))
        .add(Metric.of("points", series.series().size(), "periods"))
        .add(Metric.of("mentions", mentions, "mentions"))
        .add(Metric.of("runs", afterCommit.count(), "runs"))
        .add(Metric.of("reports_committed", added, "reports"))
        .note(shape(series) + "; " + batch + " recent reports committed before each run");
    ctx.progress(
        "signal-series %s: after a commit p99 %.1f ms, cold p99 %.1f ms, %d points, %d mentions",
        interval,
        afterCommit.percentileMillis(99),
        cold.percentileMillis(99),
        series.series().size(),
        mentions);
    return row.build();
  }

  /**
   * Links every file of the index into {@code clone} (not the lock, which each writer makes), or
   * copies it where the file system has no hard links (slower, same result).
   */
  private static void linkClone(Path index, Path clone) throws IOException {
    Files.createDirectories(clone);
    try (Stream<Path> files = Files.list(index)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(f) && !f.getFileName().toString().equals("write.lock")) {
          Path target = clone.resolve(f.getFileName());
          try {
            Files.createLink(target, f);
          } catch (UnsupportedOperationException | IOException e) {
            Files.copy(f, target);
          }
        }
      }
    }
  }

  /**
   * Generated reports beyond the corpus (so their ids are new) dated in its last month, as a crawl
   * pass brings them.
   */
  private static final class RecentReports {
    private static final Instant SINCE = Instant.parse("2026-10-28T00:00:00Z");
    private final SyntheticCorpus corpus;
    private long next;

    RecentReports(SyntheticCorpus corpus, long first) {
      this.corpus = corpus;
      this.next = first;
    }

    List<Report> next(int n) {
      List<Report> out = new ArrayList<>(n);
      while (out.size() < n) {
        Report r = corpus.report(next++);
        if (r.publishedAt() != null && !r.publishedAt().isBefore(SINCE)) {
          out.add(r);
        }
      }
      return out;
    }
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
