package dev.signaldesk.api.alerts;

import static dev.signaldesk.api.alerts.AlertFixtures.json;
import static dev.signaldesk.api.alerts.AlertFixtures.savedQuery;
import static dev.signaldesk.api.alerts.AlertsTestApp.ALICE;
import static dev.signaldesk.api.alerts.AlertsTestApp.DAVE;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The production defaults for webhooks (no private targets) and a small rate limit. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessLimitsTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));
  private AlertsTestApp app;

  @BeforeAll
  void start() {
    Path dataDir = AlertsTestApp.newDataDir();
    app = AlertsTestApp.start(dataDir, AlertsTestApp.config(dataDir, false, 3), clock);
  }

  @AfterAll
  void stop() {
    app.close();
  }

  @Test
  void aWebhookToALoopbackAddressWrittenAsADecimalNumberIsRefused() {
    HttpResponse<String> r =
        app.post(
            "/api/saved-queries",
            ALICE,
            savedQuery("SSRF", "H100", null, "http://2130706433:8080/internal"));

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r.body()).path("detail").asText())
        .contains("127.0.0.1")
        .contains("loopback")
        .contains("allow-private");
  }

  @Test
  void theFourthRequestInAMinuteIs429WithRetryAfterAndPassesOnceItHasElapsed() {
    for (int i = 0; i < 3; i++) {
      assertThat(app.get("/api/saved-queries", DAVE).statusCode()).isEqualTo(200);
    }

    HttpResponse<String> limited = app.get("/api/saved-queries", DAVE);

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 20L);

    clock.advance(Duration.ofSeconds(retryAfter));
    assertThat(app.get("/api/saved-queries", DAVE).statusCode()).isEqualTo(200);
  }
}
