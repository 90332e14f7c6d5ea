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
import dev.signaldesk.indexer.index.ReportIndex;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stopping the application commits the index and drains the webhook outbox within {@code
 * alerts.webhooks.shutdown-grace}; what the grace does not cover is delivered after the next start.
 * The webhook scheduler is off, so only the shutdown drain (or the test) sends anything.
 */
class ShutdownDrainTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T18:00:00Z"));
  private final WireMockServer receiver = new WireMockServer(options().dynamicPort());

  @BeforeEach
  void startReceiver() {
    receiver.start();
  }

  @AfterEach
  void stopReceiver() {
    receiver.stop();
  }

  private String hook(String name) {
    return receiver.baseUrl() + "/hooks/" + name;
  }

  private static String create(AlertsTestApp app, String name, String webhook) {
    return json(app.post("/api/saved-queries", ALICE, savedQuery(name, "H100", null, webhook))
            .body())
        .path("id")
        .asText();
  }

  private static List<String> statuses(AlertsTestApp app, List<String> ids) {
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      for (JsonNode d : json(app.get("/api/saved-queries/" + id + "/deliveries", ALICE).body())) {
        out.add(d.path("status").asText());
      }
    }
    return out;
  }

  @Test
  void aReportNotYetCommittedIsCommittedMatchedAndDeliveredAtShutdown() {
    receiver.stubFor(post(urlEqualTo("/hooks/desk")).willReturn(aResponse().withStatus(200)));
    Path dataDir = AlertsTestApp.newDataDir();
    Path config = AlertsTestApp.config(dataDir, true, 10_000, "10s", "15s");
    String id;

    try (AlertsTestApp app = AlertsTestApp.start(dataDir, config, clock)) {
      id = create(app, "Desk", hook("desk"));
      // Upserted, not committed: only the shutdown's commit makes it a match and a delivery.
      app.bean(ReportIndex.class).upsert(h100SellOff("shutdown-1"));
      receiver.verify(0, postRequestedFor(urlEqualTo("/hooks/desk")));
    }

    receiver.verify(1, postRequestedFor(urlEqualTo("/hooks/desk")));
    try (AlertsTestApp app = AlertsTestApp.start(dataDir, config, clock)) {
      assertThat(statuses(app, List.of(id))).containsExactly("DELIVERED");
      clock.advance(Duration.ofHours(1));
      assertThat(app.bean(WebhookDispatcher.class).runDue()).isZero();
    }
    receiver.verify(1, postRequestedFor(urlEqualTo("/hooks/desk")));
  }

  @Test
  void deliveriesTheGraceDoesNotCoverStayPendingAndGoOutAfterTheNextStart() {
    // The receiver answers after 3 s; the grace is 300 ms: the first attempt is cut at the
    // deadline, the second is not started.
    receiver.stubFor(
        post(urlEqualTo("/hooks/slow"))
            .willReturn(aResponse().withStatus(200).withFixedDelay(3_000)));
    Path dataDir = AlertsTestApp.newDataDir();
    Path config = AlertsTestApp.config(dataDir, true, 10_000, "300ms", "15s");
    List<String> ids;

    try (AlertsTestApp app = AlertsTestApp.start(dataDir, config, clock)) {
      ids = List.of(create(app, "Slow one", hook("slow")), create(app, "Slow two", hook("slow")));
      index(app.bean(ReportIndex.class), h100SellOff("shutdown-2"));
      assertThat(statuses(app, ids)).containsExactly("PENDING", "PENDING");
    }

    receiver.resetAll();
    receiver.stubFor(post(urlEqualTo("/hooks/slow")).willReturn(aResponse().withStatus(200)));
    try (AlertsTestApp app = AlertsTestApp.start(dataDir, config, clock)) {
      assertThat(statuses(app, ids)).containsExactly("PENDING", "PENDING");
      WebhookDispatcher dispatcher = app.bean(WebhookDispatcher.class);
      int now = dispatcher.runDue();
      clock.advance(Duration.ofSeconds(3)); // past the backoff of the attempt the deadline cut
      int later = dispatcher.runDue();

      assertThat(now + later).isEqualTo(2);
      assertThat(now).as("the delivery never attempted is due at once").isGreaterThanOrEqualTo(1);
      assertThat(statuses(app, ids)).containsExactly("DELIVERED", "DELIVERED");
    }
  }
}
