package dev.signaldesk.config;

import java.time.Duration;

/**
 * Saved-query alerts and their delivery.
 *
 * @param webhooks webhook delivery settings
 * @param sseKeepAlive how often an idle Server-Sent-Events stream gets a comment line, so proxies
 *     that close quiet connections keep it open (default 15 s; 0 sends none, for clients that
 *     cannot parse comment lines, such as Micronaut's own SSE client)
 * @param matchThreads threads that match a batch of new reports against the saved queries, each
 *     taking a share of the batch; 0 (the default) means one per available processor
 */
public record AlertsConfig(Webhooks webhooks, Duration sseKeepAlive, int matchThreads) {

  /** Upper bound for {@code alerts.match-threads}: more threads than this only add contention. */
  public static final int MAX_MATCH_THREADS = 256;

  /** The thread count to match with: {@link #matchThreads}, or the available processors if 0. */
  public int effectiveMatchThreads() {
    return matchThreads > 0 ? matchThreads : Runtime.getRuntime().availableProcessors();
  }

  /**
   * @param allowPrivate deliver to loopback/private/link-local targets (tests only; default false)
   * @param maxAttempts attempts before a delivery is given up and logged as failed
   * @param initialBackoff first retry delay, doubled per attempt
   * @param timeout per-request timeout
   * @param shutdownGrace at shutdown, how long deliveries that are due may still be attempted; what
   *     is left stays pending and goes out after the next start (default 10 s; 0 = none)
   */
  public record Webhooks(
      boolean allowPrivate,
      int maxAttempts,
      Duration initialBackoff,
      Duration timeout,
      Duration shutdownGrace) {

    public Webhooks {
      if (initialBackoff == null || initialBackoff.isNegative() || initialBackoff.isZero()) {
        throw new IllegalArgumentException("initial-backoff must be a positive duration");
      }
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be a positive duration");
      }
    }
  }
}
