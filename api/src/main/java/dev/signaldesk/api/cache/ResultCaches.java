package dev.signaldesk.api.cache;

import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.indexer.index.ReportIndex;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

/**
 * Makes {@link IndexBoundCache}s sized by {@code api.cache-entries}, bound to the application's
 * index and meter registry. Services that cache index results (search, signal series) ask it for
 * one cache each, under a name that becomes the {@code cache} tag of the metrics.
 */
@Singleton
public final class ResultCaches {
  /** Name of the search result cache. */
  public static final String SEARCH = "search";

  /** Name of the signal series cache. */
  public static final String SIGNAL_SERIES = "signal-series";

  private final ReportIndex index;
  private final MeterRegistry meters;
  private final int entries;

  public ResultCaches(ReportIndex index, MeterRegistry meters, SignalDeskConfig config) {
    this.index = index;
    this.meters = meters;
    this.entries = config.api().cacheEntries();
  }

  public <K, V> IndexBoundCache<K, V> create(String name) {
    return new IndexBoundCache<>(name, entries, index, meters);
  }
}
