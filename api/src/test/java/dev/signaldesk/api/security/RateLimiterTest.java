package dev.signaldesk.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.api.alerts.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T00:00:00Z"));
  private final RateLimiter limiter = new RateLimiter(60, clock);

  @Test
  void allowsABurstOfTheLimitThenAsksToWaitForTheNextToken() {
    for (int i = 0; i < 60; i++) {
      assertThat(limiter.tryAcquire("alice")).isZero();
    }

    assertThat(limiter.tryAcquire("alice")).isEqualTo(1);
    clock.advance(Duration.ofSeconds(1));
    assertThat(limiter.tryAcquire("alice")).isZero();
  }

  @Test
  void bucketsAreSeparatePerCaller() {
    for (int i = 0; i < 60; i++) {
      limiter.tryAcquire("alice");
    }

    assertThat(limiter.tryAcquire("alice")).isPositive();
    assertThat(limiter.tryAcquire("addr:203.0.113.9")).isZero();
  }

  @Test
  void retryAfterCoversTheWholeWaitForSlowLimits() {
    RateLimiter slow = new RateLimiter(2, clock);
    slow.tryAcquire("bob");
    slow.tryAcquire("bob");

    assertThat(slow.tryAcquire("bob")).isEqualTo(30);
  }
}
