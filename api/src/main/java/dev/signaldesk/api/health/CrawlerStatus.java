package dev.signaldesk.api.health;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The crawler's last run as the health check shows it. Whatever runs crawls in the server calls
 * {@link #record} after each run; until then the crawler is "never-run".
 */
@Singleton
public final class CrawlerStatus {

  /**
   * @param at when the run ended
   * @param pages pages fetched
   * @param errors pages that failed (per-page failures, the run itself went on)
   * @param error why the whole run failed; null when it completed
   */
  public record LastRun(Instant at, int pages, int errors, String error) {
    public boolean failed() {
      return error != null;
    }
  }

  private final AtomicReference<LastRun> last = new AtomicReference<>();

  public void record(LastRun run) {
    last.set(run);
  }

  public LastRun lastRun() {
    return last.get();
  }
}
