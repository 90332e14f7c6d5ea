package dev.signaldesk.crawler.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before a retry: exponential backoff with "equal jitter" (half fixed, half
 * random, so retries from many clients spread out but never collapse to zero), or the server's
 * {@code Retry-After}; both capped.
 */
public final class RetryDelays {
  private final Duration base;
  private final Duration cap;
  private final Clock clock;
  private final DoubleSupplier random;

  /**
   * @param base first backoff delay, doubled per retry
   * @param cap longest delay ever returned (also caps Retry-After)
   * @param random uniform values in [0, 1) for jitter
   */
  public RetryDelays(Duration base, Duration cap, Clock clock, DoubleSupplier random) {
    this.base = base;
    this.cap = cap;
    this.clock = clock;
    this.random = random;
  }

  /** Backoff before retry number {@code retry} (1 = first retry). */
  public Duration backoff(int retry) {
    long baseMs = Math.max(1, base.toMillis());
    int shift = Math.min(30, Math.max(0, retry - 1));
    long exp = baseMs << shift;
    if (exp <= 0 || exp > cap.toMillis()) {
      exp = cap.toMillis();
    }
    long half = exp / 2;
    long ms = half + (long) (random.getAsDouble() * (exp - half));
    return Duration.ofMillis(Math.min(ms, cap.toMillis()));
  }

  /**
   * The delay a {@code Retry-After} value asks for, capped; null if the value is missing or
   * unreadable (the caller then backs off on its own).
   *
   * @param value delta-seconds ({@code 120}) or an HTTP date ({@code Wed, 21 Oct 2026 07:28:00
   *     GMT})
   */
  public Duration retryAfter(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    Duration asked;
    if (v.chars().allMatch(Character::isDigit)) {
      try {
        asked = Duration.ofSeconds(Long.parseLong(v));
      } catch (NumberFormatException e) {
        asked = cap;
      }
    } else {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        asked = Duration.between(clock.instant(), at);
        if (asked.isNegative()) {
          asked = Duration.ZERO;
        }
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return asked.compareTo(cap) > 0 ? cap : asked;
  }
}
