package dev.signaldesk.crawler.politeness;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A circuit breaker per host: after {@code crawler.breaker-failures} consecutive failures
 * (timeouts, connection errors, 5xx, 429, block pages) the host is left alone for {@code
 * crawler.breaker-open-for}; then one request is let through, and its outcome closes the breaker or
 * opens it again.
 */
public final class HostBreaker {
  private final Clock clock;
  private final int threshold;
  private final Duration openFor;
  private final Map<String, Integer> failures = new HashMap<>();
  private final Map<String, Instant> openUntil = new HashMap<>();

  public HostBreaker(Clock clock, int threshold, Duration openFor) {
    this.clock = clock;
    this.threshold = threshold;
    this.openFor = openFor;
  }

  /** True while the host must not be contacted. */
  public synchronized boolean isOpen(String hostKey) {
    Instant until = openUntil.get(hostKey);
    return until != null && clock.instant().isBefore(until);
  }

  public synchronized void recordSuccess(String hostKey) {
    failures.remove(hostKey);
    openUntil.remove(hostKey);
  }

  public synchronized void recordFailure(String hostKey) {
    int n = failures.merge(hostKey, 1, Integer::sum);
    if (n >= threshold) {
      openUntil.put(hostKey, clock.instant().plus(openFor));
      // Half-open after the pause: one more failure opens it again at once.
      failures.put(hostKey, threshold - 1);
    }
  }
}
