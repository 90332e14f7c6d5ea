package dev.signaldesk.config;

import java.time.Duration;

/**
 * Saved-query alerts and their delivery.
 *
 * @param webhooks webhook delivery settings
 */
public record AlertsConfig(Webhooks webhooks) {

  /**
   * @param allowPrivate deliver to loopback/private/link-local targets (tests only; default false)
   * @param maxAttempts attempts before a delivery is given up and logged as failed
   * @param initialBackoff first retry delay, doubled per attempt
   * @param timeout per-request timeout
   */
  public record Webhooks(
      boolean allowPrivate, int maxAttempts, Duration initialBackoff, Duration timeout) {

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
