package dev.signaldesk.api.ops;

import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.model.Report;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * SignalDesk's own meters (HTTP request counts and latencies come from Micronaut's web binder as
 * {@code http_server_requests_seconds}):
 *
 * <ul>
 *   <li>{@code signaldesk_index_documents}: reports in the index (children not counted);
 *   <li>{@code signaldesk_index_size_bytes}: bytes of the index directory;
 *   <li>{@code signaldesk_documents_ingested_total{source}}: reports committed for the first time,
 *       fed by a commit listener on the index, so every writer (crawl, import, demo) counts;
 *   <li>{@code signaldesk_crawl_errors_total{source,status}}: fed by whoever runs crawls through
 *       {@link #crawlErrors} (in {@code serve}, the scheduler's {@code CrawlPassRecorder}): status
 *       {@code page} (fetch, HTTP or parse error of one page), {@code truncated} (body cut at a
 *       limit) or {@code pass} (the whole pass failed);
 *   <li>{@code signaldesk_search_timeouts_total}: searches stopped by {@code api.search-timeout}.
 * </ul>
 *
 * Alert delivery meters live in {@link AlertDeliveryMetrics}. Gauges are read at scrape time from
 * the current searcher; they never force a refresh.
 */
@Context
public final class SignalDeskMetrics {
  private final MeterRegistry meters;

  public SignalDeskMetrics(MeterRegistry meters, ReportIndex index) {
    this.meters = meters;
    Gauge.builder("signaldesk.index.documents", index, SignalDeskMetrics::documents)
        .description("Reports in the index")
        .register(meters);
    Gauge.builder("signaldesk.index.size", index, i -> sizeOf(i.directory()))
        .description("Size of the index directory")
        .baseUnit("bytes")
        .register(meters);
    index.addCommitListener(this::ingested);
  }

  /** Counts one failed fetch or parse of {@code source}; {@code status} is the failure's kind. */
  public void crawlError(String source, String status) {
    crawlErrors(source, status, 1);
  }

  /**
   * Counts {@code count} crawl errors of one kind at once (a pass's summary); 0 still registers the
   * series, so a scrape shows the source at zero rather than not at all.
   */
  public void crawlErrors(String source, String status, int count) {
    Counter.builder("signaldesk.crawl.errors")
        .description("Pages that failed to fetch or extract, and crawl passes that failed")
        .tag("source", source)
        .tag("status", status)
        .register(meters)
        .increment(count);
  }

  /** Counts a search stopped by its time budget. */
  public void searchTimedOut() {
    Counter.builder("signaldesk.search.timeouts")
        .description("Searches stopped by api.search-timeout")
        .register(meters)
        .increment();
  }

  private void ingested(List<Report> reports) {
    for (Report r : reports) {
      Counter.builder("signaldesk.documents.ingested")
          .description("Reports stored for the first time")
          .tag("source", r.sourceId() == null ? "unknown" : r.sourceId())
          .register(meters)
          .increment();
    }
  }

  private static double documents(ReportIndex index) {
    return index.withSearcher(s -> (double) s.count(ReportIndex.reportsOnly()));
  }

  private static double sizeOf(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.mapToLong(SignalDeskMetrics::size).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file merged away between listing and reading counts as empty. */
  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
