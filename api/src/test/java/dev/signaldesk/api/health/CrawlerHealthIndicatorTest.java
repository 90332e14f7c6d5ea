package dev.signaldesk.api.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.config.ConfigLoader;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthResult;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class CrawlerHealthIndicatorTest {
  private static final Instant AT = Instant.parse("2026-11-28T06:00:00Z");

  private final CrawlerStatus status = new CrawlerStatus();
  private final CrawlerHealthIndicator indicator =
      new CrawlerHealthIndicator(new ConfigLoader().defaults(), status);

  private HealthResult check() {
    return Mono.from(indicator.getResult()).block();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> details(HealthResult r) {
    return (Map<String, Object>) r.getDetails();
  }

  @Test
  void pageErrorsLeaveTheCrawlerUpWithEachSourcesLastRun() {
    status.record("36kr", new CrawlerStatus.LastRun(AT, 12, 3, null));
    status.record("wechat", new CrawlerStatus.LastRun(AT.plusSeconds(5), 4, 0, null));

    HealthResult r = check();

    assertThat(r.getStatus()).isEqualTo(HealthStatus.UP);
    assertThat(details(r)).containsEntry("state", "ok");
    assertThat((Map<String, Object>) details(r).get("lastRuns"))
        .containsOnlyKeys("36kr", "wechat")
        .extractingByKey("36kr")
        .isEqualTo(Map.of("state", "ok", "at", "2026-11-28T06:00:00Z", "pages", 12, "errors", 3));
  }

  @Test
  void aSourceWhosePassFailedAsAWholeMakesTheCrawlerDownWithTheReason() {
    status.record("36kr", new CrawlerStatus.LastRun(AT, 12, 0, null));
    status.record("wechat", new CrawlerStatus.LastRun(AT, 0, 0, "crawl state store unavailable"));

    HealthResult r = check();

    assertThat(r.getStatus()).isEqualTo(HealthStatus.DOWN);
    assertThat(details(r)).containsEntry("state", "failed");
    assertThat(details(r).get("lastRuns").toString()).contains("crawl state store unavailable");
  }
}
