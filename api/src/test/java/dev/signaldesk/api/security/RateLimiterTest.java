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

  @Test
  void idleCallersAreForgottenOnceTheirBucketHasRefilled() {
    for (int i = 0; i < 1_000; i++) {
      limiter.tryAcquire("addr:198.51.100." + i);
    }
    limiter.tryAcquire("alice");
    assertThat(limiter.trackedCallers()).isEqualTo(1_001);

    clock.advance(Duration.ofSeconds(30));
    limiter.tryAcquire("alice");
    clock.advance(Duration.ofSeconds(31));

    assertThat(limiter.trackedCallers()).as("only alice was seen in the last minute").isEqualTo(1);
  }

  @Test
  void aForgottenCallerStartsWithAFullBucketAsItWouldHaveAnyway() {
    for (int i = 0; i < 60; i++) {
      limiter.tryAcquire("alice");
    }
    clock.advance(Duration.ofMinutes(2));

    assertThat(limiter.trackedCallers()).isZero();
    for (int i = 0; i < 60; i++) {
      assertThat(limiter.tryAcquire("alice")).isZero();
    }
    assertThat(limiter.tryAcquire("alice")).isPositive();
  }
}
