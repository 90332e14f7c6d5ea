package dev.signaldesk.api.health;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The crawler's last run per source, as the health check shows it. Whatever runs crawls in the
 * server (the {@code serve} scheduler) calls {@link #record} after each pass over a source; a
 * source with no pass yet is absent, and with no pass at all the crawler is "never-run".
 */
@Singleton
public final class CrawlerStatus {

  /**
   * @param at when the run ended
   * @param pages article pages fetched (2xx)
   * @param errors pages that failed (per-page failures, the run itself went on)
   * @param error why the whole run failed; null when it completed
   */
  public record LastRun(Instant at, int pages, int errors, String error) {
    public boolean failed() {
      return error != null;
    }
  }

  // One entry per configured source at most, so the map is bounded by the configuration.
  private final Map<String, LastRun> last = new ConcurrentHashMap<>();

  public void record(String sourceId, LastRun run) {
    last.put(sourceId, run);
  }

  /** The last run of each source that ran, by source id in alphabetical order. */
  public Map<String, LastRun> lastRuns() {
    return new TreeMap<>(last);
  }
}
