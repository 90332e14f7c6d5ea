package dev.signaldesk.crawler.politeness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.crawler.fetch.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HostBreakerTest {
  private final TestClock clock = TestClock.at("2026-11-28T08:00:00Z");
  private final HostBreaker breaker = new HostBreaker(clock, 3, Duration.ofMinutes(10));
  private final String host = "https:36kr.com:443";

  @Test
  void opensAfterConsecutiveFailuresAndClosesAfterThePause() {
    breaker.recordFailure(host);
    breaker.recordFailure(host);
    assertThat(breaker.isOpen(host)).isFalse();
    breaker.recordFailure(host);
    assertThat(breaker.isOpen(host)).isTrue();
    clock.advance(Duration.ofMinutes(10));
    assertThat(breaker.isOpen(host)).isFalse();
  }

  @Test
  void aSuccessResetsTheCount() {
    breaker.recordFailure(host);
    breaker.recordFailure(host);
    breaker.recordSuccess(host);
    breaker.recordFailure(host);
    breaker.recordFailure(host);
    assertThat(breaker.isOpen(host)).isFalse();
  }

  @Test
  void oneFailureAfterThePauseOpensItAgain() {
    for (int i = 0; i < 3; i++) {
      breaker.recordFailure(host);
    }
    clock.advance(Duration.ofMinutes(10));
    breaker.recordFailure(host);
    assertThat(breaker.isOpen(host)).isTrue();
  }
}
