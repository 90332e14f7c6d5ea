package dev.signaldesk.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;

/**
 * A token bucket per caller (key, or client address for anonymous callers): {@code perMinute}
 * tokens, refilled continuously. Buckets idle for a few minutes are forgotten (a full bucket and a
 * forgotten one behave the same).
 */
public final class RateLimiter {
  private final double capacity;
  private final double tokensPerMilli;
  private final Clock clock;
  private final Cache<String, Bucket> buckets;

  /**
   * @param perMinute requests allowed per minute (also the burst size)
   * @param clock time source
   */
  public RateLimiter(int perMinute, Clock clock) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("The 'perMinute' parameter must be at least 1.");
    }
    this.capacity = perMinute;
    this.tokensPerMilli = perMinute / 60_000.0;
    this.clock = clock;
    this.buckets =
        Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(5)).maximumSize(100_000).build();
  }

  /**
   * Takes one token from the caller's bucket.
   *
   * @return 0 when allowed, else the whole seconds to wait before a token is available (at least 1)
   */
  public long tryAcquire(String caller) {
    long now = clock.millis();
    Bucket b = buckets.get(caller, k -> new Bucket(capacity, now));
    synchronized (b) {
      b.tokens = Math.min(capacity, b.tokens + (now - b.updatedMillis) * tokensPerMilli);
      b.updatedMillis = now;
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
      }
      double millis = (1 - b.tokens) / tokensPerMilli;
      return Math.max(1, (long) Math.ceil(millis / 1000.0));
    }
  }

  private static final class Bucket {
    double tokens;
    long updatedMillis;

    Bucket(double tokens, long updatedMillis) {
      this.tokens = tokens;
      this.updatedMillis = updatedMillis;
    }
  }
}
