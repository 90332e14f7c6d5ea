package dev.signaldesk.api.alerts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.signaldesk.api.alerts.AlertFixtures.h100SellOff;
import static dev.signaldesk.api.alerts.AlertFixtures.index;
import static dev.signaldesk.api.alerts.AlertFixtures.json;
import static dev.signaldesk.api.alerts.AlertFixtures.savedQuery;
import static dev.signaldesk.api.alerts.AlertsTestApp.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.signaldesk.indexer.index.ReportIndex;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** As in production: nobody calls the dispatcher, the scheduler delivers on its own. */
class WebhookSchedulerTest {

  private record Captured(String signature, byte[] body) {}

  @Test
  void theSchedulerDeliversANewMatchWithoutBeingAsked() throws Exception {
    WireMockServer receiver = new WireMockServer(options().dynamicPort());
    // Copied inside the listener: WireMock recycles the request object afterwards.
    BlockingQueue<Captured> received = new LinkedBlockingQueue<>();
    receiver.addMockServiceRequestListener(
        (request, response) ->
            received.add(
                new Captured(request.getHeader("X-SignalDesk-Signature"), request.getBody())));
    receiver.start();
    receiver.stubFor(post(urlEqualTo("/hooks/auto")).willReturn(aResponse().withStatus(200)));
    Path dataDir = AlertsTestApp.newDataDir();
    try (AlertsTestApp app =
        AlertsTestApp.start(
            dataDir,
            AlertsTestApp.config(dataDir, true, 10_000),
            new MutableClock(Instant.parse("2026-11-28T12:00:00Z")),
            true)) {
      String secret =
          json(app.post(
                      "/api/saved-queries",
                      ALICE,
                      savedQuery(
                          "Auto",
                          "H100",
                          null,
                          "http://127.0.0.1:" + receiver.port() + "/hooks/auto"))
                  .body())
              .path("webhookSecret")
              .asText();

      index(app.bean(ReportIndex.class), h100SellOff("auto-1"));

      Captured hook = received.poll(60, TimeUnit.SECONDS);
      assertThat(hook).isNotNull();
      assertThat(hook.signature()).isEqualTo(WebhookSigner.signature(secret, hook.body()));
    } finally {
      receiver.stop();
    }
  }
}
