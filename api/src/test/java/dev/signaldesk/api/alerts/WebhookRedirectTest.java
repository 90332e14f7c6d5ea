package dev.signaldesk.api.alerts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
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
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A webhook receiver that answers with a redirect to an internal address must not make SignalDesk
 * send the alert there: the guard checks the saved target only, so a followed redirect would be an
 * SSRF path around it. Private targets are allowed here (the receiver is on loopback), which makes
 * the property stronger: redirects are never followed at all, to any address.
 *
 * <p>The receiver (WireMock) answers 301, 302, 303, 307 and 308 with a {@code Location} on an
 * internal path of the same loopback server, on the cloud metadata address and on a private
 * address. Properties: the internal path receives nothing; the delivery is not marked delivered
 * (the redirect status is recorded and the delivery is retried later like any non-2xx answer).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookRedirectTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T08:00:00Z"));
  private WireMockServer receiver;
  private AlertsTestApp app;
  private ReportIndex reportIndex;

  @BeforeAll
  void start() {
    receiver = new WireMockServer(options().dynamicPort());
    receiver.start();
    app = AlertsTestApp.startOnLoopback(clock);
    reportIndex = app.bean(ReportIndex.class);
  }

  @AfterAll
  void stop() {
    app.close();
    receiver.stop();
  }

  @ParameterizedTest
  @CsvSource({
    "301, http://127.0.0.1:{port}/internal/admin",
    "302, http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "303, http://10.0.0.7/internal/hook",
    "307, http://127.0.0.1:{port}/internal/keys",
    "308, http://[::1]:{port}/internal/v6",
  })
  void aRedirectingReceiverIsNotFollowedAndTheDeliveryIsNotMarkedDelivered(
      int status, String location) {
    String target = location.replace("{port}", Integer.toString(receiver.port()));
    String path = "/hooks/redirect-" + status;
    receiver.stubFor(
        post(urlEqualTo(path))
            .willReturn(aResponse().withStatus(status).withHeader("Location", target)));
    String word = "redirectword" + status;
    HttpResponse<String> created =
        app.post(
            "/api/saved-queries",
            ALICE,
            savedQuery(
                "Redirect " + status, word, null, "http://127.0.0.1:" + receiver.port() + path));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = json(created.body()).path("id").asText();

    index(reportIndex, h100SellOff("redirect-" + status, word));
    assertThat(app.bean(WebhookDispatcher.class).runDue()).as("delivered").isZero();

    receiver.verify(1, postRequestedFor(urlEqualTo(path)));
    receiver.verify(0, anyRequestedFor(urlPathMatching("/internal/.*")));
    JsonNode log = json(app.get("/api/saved-queries/" + id + "/deliveries", ALICE).body());
    assertThat(log).hasSize(1);
    assertThat(log.get(0).path("status").asText()).isNotEqualTo("DELIVERED");
    assertThat(log.get(0).path("lastStatusCode").asInt()).isEqualTo(status);
  }
}
