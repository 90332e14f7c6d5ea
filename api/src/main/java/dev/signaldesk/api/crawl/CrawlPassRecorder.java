package dev.signaldesk.api.crawl;

import dev.signaldesk.api.health.CrawlerStatus;
import dev.signaldesk.api.ops.SignalDeskMetrics;
import dev.signaldesk.crawler.crawl.SourceSummary;
import jakarta.inject.Singleton;
import java.util.function.Consumer;

/**
 * Hands the outcome of each scheduled crawl pass to the operators' views: the crawl-error counter
 * of {@code /metrics} ({@code signaldesk_crawl_errors_total{source,status}}: {@code page}, {@code
 * truncated}, {@code pass}) and the crawler's per-source last run in {@code /health}.
 */
@Singleton
public final class CrawlPassRecorder implements Consumer<ScheduledCrawls.PassOutcome> {
  /** A page failed to fetch, answered an HTTP error, or did not parse. */
  static final String PAGE = "page";

  /** A body was cut at {@code crawler.max-body-bytes} or by the read timeout. */
  static final String TRUNCATED = "truncated";

  /** The whole pass failed (network stack, crawl state store, index). */
  static final String PASS = "pass";

  private final SignalDeskMetrics metrics;
  private final CrawlerStatus status;

  public CrawlPassRecorder(SignalDeskMetrics metrics, CrawlerStatus status) {
    this.metrics = metrics;
    this.status = status;
  }

  @Override
  public void accept(ScheduledCrawls.PassOutcome outcome) {
    String source = outcome.sourceId();
    SourceSummary s = outcome.summary();
    if (s == null) {
      metrics.crawlErrors(source, PASS, 1);
      status.record(source, new CrawlerStatus.LastRun(outcome.at(), 0, 0, outcome.failure()));
      return;
    }
    // Truncated bodies are among the errors; count them apart so each error is counted once.
    metrics.crawlErrors(source, PAGE, s.errors() - s.truncated());
    metrics.crawlErrors(source, TRUNCATED, s.truncated());
    status.record(source, new CrawlerStatus.LastRun(outcome.at(), s.fetched(), s.errors(), null));
  }
}
