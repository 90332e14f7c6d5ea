package dev.signaldesk.crawler.politeness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.crawler.fetch.HostKey;
import dev.signaldesk.crawler.fetch.TestClock;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HostThrottleTest {
  private final TestClock clock = TestClock.at("2026-11-28T08:00:00Z");
  private final HostThrottle throttle =
      new HostThrottle(clock, clock, Duration.ofSeconds(2), Duration.ofSeconds(30));
  private final URI a1 = URI.create("https://36kr.com/p/1");
  private final URI a2 = URI.create("https://36kr.com/p/2");
  private final URI b = URI.create("https://www.jazzyear.com/article_info.html?id=9");

  @Test
  void keepsTheMinimumDelayBetweenRequestsToOneHost() throws InterruptedException {
    throttle.awaitTurn(a1);
    throttle.awaitTurn(a2);
    throttle.awaitTurn(a1);
    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
  }

  @Test
  void otherHostsDoNotWait() throws InterruptedException {
    throttle.awaitTurn(a1);
    throttle.awaitTurn(b);
    assertThat(clock.sleeps()).isEmpty();
  }

  @Test
  void timeAlreadyPassedIsNotWaitedAgain() throws InterruptedException {
    throttle.awaitTurn(a1);
    clock.advance(Duration.ofMillis(1500));
    throttle.awaitTurn(a2);
    assertThat(clock.sleeps()).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void robotsCrawlDelayLongerThanMinimumIsHonouredUpToTheCap() throws InterruptedException {
    throttle.setCrawlDelay(HostKey.of(a1), Duration.ofSeconds(10));
    throttle.awaitTurn(a1);
    throttle.awaitTurn(a1);
    throttle.setCrawlDelay(HostKey.of(a1), Duration.ofMinutes(10));
    throttle.awaitTurn(a1);
    throttle.awaitTurn(a1);
    assertThat(clock.sleeps())
        .containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(30));
  }

  @Test
  void backOffPushesTheNextRequestOut() throws InterruptedException {
    throttle.awaitTurn(a1);
    throttle.backOff(HostKey.of(a1), Duration.ofMinutes(5));
    throttle.awaitTurn(a2);
    assertThat(clock.sleeps()).containsExactly(Duration.ofMinutes(5));
  }

  @Test
  void hostKeyFillsInDefaultPorts() {
    assertThat(HostKey.of(URI.create("https://36KR.com/p/1"))).isEqualTo("https:36kr.com:443");
    assertThat(HostKey.of(URI.create("http://127.0.0.1:8089/x"))).isEqualTo("http:127.0.0.1:8089");
  }
}
