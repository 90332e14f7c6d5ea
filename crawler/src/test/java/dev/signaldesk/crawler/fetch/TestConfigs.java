package dev.signaldesk.crawler.fetch;

import dev.signaldesk.config.CrawlerConfig;
import java.time.Duration;

/** Crawler settings for tests: no politeness delay unless asked, small limits, quick timeouts. */
public final class TestConfigs {
  private TestConfigs() {}

  public static CrawlerConfig crawler() {
    return crawler(Duration.ZERO, Duration.ofSeconds(5), 1_000_000, 2);
  }

  public static CrawlerConfig crawler(
      Duration minDelay, Duration readTimeout, long maxBodyBytes, int maxRetries) {
    return new CrawlerConfig(
        "SignalDeskBot/1.0 (+https://example.org/bot)",
        minDelay,
        Duration.ofSeconds(30),
        Duration.ofSeconds(2),
        readTimeout,
        maxBodyBytes,
        5,
        maxRetries,
        Duration.ofSeconds(1),
        Duration.ofMinutes(2),
        5,
        Duration.ofMinutes(10),
        Duration.ofHours(6),
        100_000_000L,
        1000,
        Duration.ofDays(7),
        Duration.ofMinutes(5),
        null,
        20);
  }
}
