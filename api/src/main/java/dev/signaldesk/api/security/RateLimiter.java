package dev.signaldesk.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;

/**
 * A token bucket per caller (key, or client address for anonymous callers): {@code perMinute}
 * tokens, refilled continuously.
 *
 * <p>Buckets live in this process's memory, by choice: one server per data directory (the directory
 * lock allows no second writer), so there is no other process to share counts with, and a restart
 * only forgets who was close to the limit. The map is bounded twice: a bucket idle for one minute
 * has refilled completely, so it is forgotten then (a full bucket and a forgotten one behave the
 * same; expiry follows the injected clock), and at most {@value #MAX_CALLERS} callers are tracked
 * at once, the least recently seen dropped first, so a flood of distinct client addresses cannot
 * exhaust the heap.
 */
public final class RateLimiter {
  /** Callers tracked at once; beyond it the least recently seen bucket is dropped. */
  static final int MAX_CALLERS = 100_000;

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
    // The time to refill an empty bucket: idle that long, a bucket is full and need not be kept.
    Duration refill = Duration.ofMillis((long) Math.ceil(capacity / tokensPerMilli));
    this.buckets =
        Caffeine.newBuilder()
            .ticker(() -> clock.millis() * 1_000_000L)
            .expireAfterAccess(refill)
            .maximumSize(MAX_CALLERS)
            .build();
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

  /** How many callers have a bucket now (idle ones expired first). */
  long trackedCallers() {
    buckets.cleanUp();
    return buckets.estimatedSize();
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
