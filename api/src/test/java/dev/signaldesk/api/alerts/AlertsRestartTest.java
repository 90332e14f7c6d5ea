package dev.signaldesk.api.alerts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.signaldesk.api.alerts.AlertFixtures.h100SellOff;
import static dev.signaldesk.api.alerts.AlertFixtures.index;
import static dev.signaldesk.api.alerts.AlertFixtures.json;
import static dev.signaldesk.api.alerts.AlertFixtures.savedQuery;
import static dev.signaldesk.api.alerts.AlertsTestApp.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.signaldesk.indexer.alert.NewReportAlerter;
import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.model.Report;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stopping and starting the application on the same data directory loses and repeats nothing. */
class AlertsRestartTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T09:00:00Z"));

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Test
  void aRestartRepeatsNoAlertAndDeliversTheWebhookThatWasPending() throws Exception {
    Path dataDir = AlertsTestApp.newDataDir();
    Path config = AlertsTestApp.config(dataDir, true, 10_000);
    int receiverPort = freePort(); // nothing listens here yet: the receiver is down
    Report match = h100SellOff("restart-1");
    String id;
    String deliveryId;

    try (AlertsTestApp app = AlertsTestApp.start(dataDir, config, clock)) {
      JsonNode created =
          json(
              app.post(
                      "/api/saved-queries",
                      ALICE,
                      savedQuery(
                          "Restart",
                          "H100",
                          null,
                          "http://127.0.0.1:" + receiverPort + "/hooks/restart"))
                  .body());
      id = created.path("id").asText();
      index(app.bean(ReportIndex.class), match);

      assertThat(app.bean(WebhookDispatcher.class).runDue()).isZero();
      JsonNode log = json(app.get("/api/saved-queries/" + id + "/deliveries", ALICE).body());
      assertThat(log).hasSize(1);
      assertThat(log.get(0).path("status").asText()).isEqualTo("PENDING");
      assertThat(log.get(0).path("attempts").asInt()).isEqualTo(1);
      assertThat(log.get(0).path("lastError").asText()).isNotBlank();
      assertThat(Instant.parse(log.get(0).path("nextAttemptAt").asText()))
          .isEqualTo(clock.instant().plusSeconds(2));
      deliveryId = log.get(0).path("id").asText();
    }

    WireMockServer receiver = new WireMockServer(options().port(receiverPort));
    receiver.start();
    try (AlertsTestApp app = AlertsTestApp.start(dataDir, config, clock)) {
      receiver.stubFor(post(urlEqualTo("/hooks/restart")).willReturn(aResponse().withStatus(200)));

      // Before the backoff has passed nothing is sent; after it, the pending delivery is.
      assertThat(app.bean(WebhookDispatcher.class).runDue()).isZero();
      clock.advance(Duration.ofSeconds(3));
      assertThat(app.bean(WebhookDispatcher.class).runDue()).isEqualTo(1);
      receiver.verify(1, postRequestedFor(urlEqualTo("/hooks/restart")));
      assertThat(
              receiver.getAllServeEvents().get(0).getRequest().getHeader("X-SignalDesk-Delivery"))
          .isEqualTo(deliveryId);

      // The same report seen again after the restart is not a new alert.
      index(app.bean(ReportIndex.class), match);
      app.bean(NewReportAlerter.class).accept(List.of(match));
      assertThat(
              json(app.get("/api/saved-queries/" + id + "/matches", ALICE).body()).path("matches"))
          .hasSize(1);
      assertThat(app.bean(WebhookDispatcher.class).runDue()).isZero();

      // The matcher was rebuilt from the database: a new report still alerts.
      index(app.bean(ReportIndex.class), h100SellOff("restart-2"));
      assertThat(
              json(app.get("/api/saved-queries/" + id + "/matches", ALICE).body()).path("matches"))
          .hasSize(2);
      assertThat(app.bean(WebhookDispatcher.class).runDue()).isEqualTo(1);
    } finally {
      receiver.stop();
    }
  }
}
