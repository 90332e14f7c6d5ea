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
import static dev.signaldesk.api.alerts.AlertFixtures.unrelated;
import static dev.signaldesk.api.alerts.AlertsTestApp.ALICE;
import static dev.signaldesk.api.alerts.AlertsTestApp.BOB;
import static dev.signaldesk.api.alerts.AlertsTestApp.CAROL_READER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.model.Report;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.sse.SseClient;
import io.micronaut.http.sse.Event;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/** Saved queries end to end: HTTP API, the real index and its commit listener, the database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SavedQueryAlertsApiTest {
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

  private JsonNode create(String key, String body) {
    HttpResponse<String> r = app.post("/api/saved-queries", key, body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return json(r.body());
  }

  @Test
  void aMatchingReportIsRecordedOnceAndPagedWithTheCursor() {
    HttpResponse<String> created =
        app.post(
            "/api/saved-queries",
            ALICE,
            savedQuery("H100 sell-offs", "H100 AND 抛售", "{\"sources\":[\"36kr\"]}", null));
    assertThat(created.statusCode()).isEqualTo(201);
    String id = json(created.body()).path("id").asText();
    assertThat(created.headers().firstValue("Location")).hasValue("/api/saved-queries/" + id);

    Report match = h100SellOff("cursor-1");
    index(reportIndex, match, unrelated("cursor-2"));
    // Crawled again (same id, same story): the index reports nothing new, and even if the
    // alerter saw it again the outbox records it once.
    index(reportIndex, match);
    app.bean(dev.signaldesk.indexer.alert.NewReportAlerter.class).accept(List.of(match));

    JsonNode page = json(app.get("/api/saved-queries/" + id + "/matches", ALICE).body());
    assertThat(page.path("matches")).hasSize(1);
    JsonNode m = page.path("matches").get(0);
    assertThat(m.path("reportId").asText()).isEqualTo(match.id());
    assertThat(m.path("url").asText()).isEqualTo("https://36kr.com/p/cursor-1");
    assertThat(m.path("documentPath").asText()).isEqualTo("/api/documents/" + match.id());

    String cursor = page.path("nextCursor").asText();
    JsonNode after =
        json(app.get("/api/saved-queries/" + id + "/matches?since=" + cursor, ALICE).body());
    assertThat(after.path("matches")).isEmpty();
    assertThat(after.path("nextCursor").asText()).isEqualTo(cursor);
  }

  @Test
  void theAtomFeedParsesWithRomeAndLinksEachEntryToItsDocument() throws Exception {
    String id = create(ALICE, savedQuery("Feed", "整机 AND 抛售", null, null)).path("id").asText();
    Report match = h100SellOff("feed-1");
    index(reportIndex, match);

    HttpResponse<String> r = app.get("/api/saved-queries/" + id + "/feed", ALICE);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
    SyndFeed feed = new SyndFeedInput().build(new StringReader(r.body()));
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getTitle()).isEqualTo("SignalDesk: Feed");
    assertThat(feed.getEntries()).hasSize(1);
    SyndEntry entry = feed.getEntries().get(0);
    assertThat(entry.getTitle()).isEqualTo(match.title());
    assertThat(entry.getLink()).isEqualTo(match.url());
    assertThat(entry.getLinks())
        .anySatisfy(l -> assertThat(l.getHref()).endsWith("/api/documents/" + match.id()));
    assertThat(entry.getUri()).startsWith("urn:signaldesk:match:" + id + ":");
  }

  @Test
  void serverSentEventsReplayAfterLastEventIdAndPushNewMatchesLive() throws Exception {
    String id = create(ALICE, savedQuery("Live", "二十台", null, null)).path("id").asText();
    Report first = h100SellOff("sse-1");
    index(reportIndex, first);

    BlockingQueue<Event<MatchView>> received = new LinkedBlockingQueue<>();
    // The Netty client is both an HTTP and an SSE client; closing it ends the stream.
    try (io.micronaut.http.client.HttpClient client =
        io.micronaut.http.client.HttpClient.create(app.uri("/").toURL())) {
      SseClient sse = (SseClient) client;
      Disposable subscription =
          Flux.from(
                  sse.eventStream(
                      HttpRequest.GET("/api/saved-queries/" + id + "/events")
                          .bearerAuth(ALICE)
                          .header("Last-Event-ID", "0"),
                      MatchView.class))
              .subscribe(received::add);
      try {
        Event<MatchView> replayed = received.poll(30, TimeUnit.SECONDS);
        assertThat(replayed).isNotNull();
        assertThat(replayed.getData().reportId()).isEqualTo(first.id());
        assertThat(replayed.getName()).isEqualTo("match");
        assertThat(replayed.getId()).isEqualTo(Long.toString(replayed.getData().seq()));

        // The stream is open now: a match recorded from here on is pushed.
        Report second = h100SellOff("sse-2");
        index(reportIndex, second);
        Event<MatchView> live = received.poll(30, TimeUnit.SECONDS);
        assertThat(live).isNotNull();
        assertThat(live.getData().reportId()).isEqualTo(second.id());
        assertThat(Long.parseLong(live.getId())).isGreaterThan(replayed.getData().seq());
      } finally {
        subscription.dispose();
      }
    }
  }

  @Test
  void theWebhookIsSignedWithTheSecretReturnedOnceAtCreation() {
    receiver.stubFor(post(urlEqualTo("/hooks/alice")).willReturn(aResponse().withStatus(204)));
    JsonNode created =
        create(
            ALICE,
            savedQuery(
                "Hook", "hookword1", null, "http://127.0.0.1:" + receiver.port() + "/hooks/alice"));
    String id = created.path("id").asText();
    String secret = created.path("webhookSecret").asText();
    assertThat(secret).startsWith("whsec_");
    assertThat(json(app.get("/api/saved-queries/" + id, ALICE).body()).has("webhookSecret"))
        .isFalse();

    Report match = h100SellOff("hook-1", "hookword1");
    index(reportIndex, match);
    assertThat(app.bean(WebhookDispatcher.class).runDue()).isEqualTo(1);

    List<LoggedRequest> requests = receiver.findAll(postRequestedFor(urlEqualTo("/hooks/alice")));
    assertThat(requests).hasSize(1);
    LoggedRequest hook = requests.get(0);
    byte[] body = hook.getBody();
    assertThat(hook.getHeader("X-SignalDesk-Signature"))
        .isEqualTo(WebhookSigner.signature(secret, body));
    JsonNode payload = json(new String(body, StandardCharsets.UTF_8));
    assertThat(payload.path("savedQueryId").asText()).isEqualTo(id);
    assertThat(payload.path("match").path("reportId").asText()).isEqualTo(match.id());
    assertThat(hook.getHeader("X-SignalDesk-Delivery"))
        .isEqualTo(payload.path("deliveryId").asText());

    JsonNode log = json(app.get("/api/saved-queries/" + id + "/deliveries", ALICE).body());
    assertThat(log).hasSize(1);
    assertThat(log.get(0).path("status").asText()).isEqualTo("DELIVERED");
    assertThat(log.get(0).path("lastStatusCode").asInt()).isEqualTo(204);
    // Delivered once: another run sends nothing.
    assertThat(app.bean(WebhookDispatcher.class).runDue()).isZero();
  }

  @Test
  void anotherOwnersSavedQueryIsNotFound() {
    String id = create(ALICE, savedQuery("Alice only", "H100", null, null)).path("id").asText();

    assertThat(app.get("/api/saved-queries/" + id, BOB).statusCode()).isEqualTo(404);
    assertThat(app.get("/api/saved-queries/" + id + "/matches", BOB).statusCode()).isEqualTo(404);
    assertThat(
            app.send(
                    java.net.http.HttpRequest.newBuilder(app.uri("/api/saved-queries/" + id))
                        .DELETE(),
                    BOB)
                .statusCode())
        .isEqualTo(404);
    assertThat(json(app.get("/api/saved-queries", BOB).body()).findValuesAsText("id"))
        .doesNotContain(id);
    assertThat(app.get("/api/saved-queries/" + id, ALICE).statusCode()).isEqualTo(200);
  }

  @Test
  void aWrongKeyIs401AndNoKeyCannotReachSavedQueries() {
    HttpResponse<String> wrong = app.get("/api/saved-queries", "not-a-key-of-anyone-here");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(wrong.headers().firstValue("WWW-Authenticate")).isPresent();

    assertThat(app.get("/api/saved-queries", null).statusCode()).isEqualTo(401);
    // Anonymous reading of news documents stays open (api.anonymous-read defaults to true).
    assertThat(app.get("/api/documents/news-unknown", null).statusCode()).isEqualTo(404);
  }

  @Test
  void aReaderKeyCannotCreateSavedQueries() {
    HttpResponse<String> r =
        app.post("/api/saved-queries", CAROL_READER, savedQuery("Nope", "H100", null, null));

    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(json(r.body()).path("detail").asText()).contains("analyst");
  }

  @Test
  void anUnparsableQueryIsRejectedWithItsPosition() {
    HttpResponse<String> r =
        app.post("/api/saved-queries", ALICE, savedQuery("Broken", "H100 AND (抛售", null, null));

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = json(r.body());
    assertThat(problem.path("position").isInt()).isTrue();
    assertThat(problem.path("position").asInt()).isBetween(9, 14);
    assertThat(json(app.get("/api/saved-queries", ALICE).body()).findValuesAsText("name"))
        .doesNotContain("Broken");
  }

  @Test
  void anUnknownFilterFieldOrKindIsRejected() {
    assertThat(
            app.post(
                    "/api/saved-queries",
                    ALICE,
                    savedQuery("Bad", "H100", "{\"fields\":{\"report_json\":[\"x\"]}}", null))
                .statusCode())
        .isEqualTo(400);
    assertThat(
            app.post(
                    "/api/saved-queries",
                    ALICE,
                    savedQuery("Bad", "H100", "{\"kind\":\"tweet\"}", null))
                .statusCode())
        .isEqualTo(400);
  }

  @Test
  void updatingTheQueryChangesWhatMatchesAndDeletingRemovesItsAlerts() {
    String id = create(ALICE, savedQuery("Edit", "光刻机", null, null)).path("id").asText();

    HttpResponse<String> put =
        app.send(
            java.net.http.HttpRequest.newBuilder(app.uri("/api/saved-queries/" + id))
                .header("Content-Type", "application/json")
                .PUT(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        savedQuery("Edited", "月租报价", "{\"kind\":\"news\"}", null))),
            ALICE);
    assertThat(put.statusCode()).isEqualTo(200);
    assertThat(json(put.body()).path("name").asText()).isEqualTo("Edited");
    assertThat(json(put.body()).path("filters").path("kind").asText()).isEqualTo("news");
    assertThat(
            app.send(
                    java.net.http.HttpRequest.newBuilder(app.uri("/api/saved-queries/" + id))
                        .header("Content-Type", "application/json")
                        .PUT(
                            java.net.http.HttpRequest.BodyPublishers.ofString(
                                savedQuery("Hijack", "x", null, null))),
                    BOB)
                .statusCode())
        .isEqualTo(404);

    index(reportIndex, h100SellOff("edit-1"));
    assertThat(json(app.get("/api/saved-queries/" + id + "/matches", ALICE).body()).path("matches"))
        .hasSize(1);

    HttpResponse<String> deleted =
        app.send(
            java.net.http.HttpRequest.newBuilder(app.uri("/api/saved-queries/" + id)).DELETE(),
            ALICE);
    assertThat(deleted.statusCode()).isEqualTo(204);
    assertThat(app.get("/api/saved-queries/" + id + "/matches", ALICE).statusCode()).isEqualTo(404);
    // The matcher forgot it too: indexing another match records nothing for it.
    index(reportIndex, h100SellOff("edit-2"));
    assertThat(app.bean(MatchStore.class).lastSeq(id)).isZero();
  }

  @Test
  void aFailingReceiverIsRetriedWithDoublingBackoffUntilMaxAttemptsThenFailed() {
    receiver.stubFor(post(urlEqualTo("/hooks/flaky")).willReturn(aResponse().withStatus(503)));
    String id =
        create(
                ALICE,
                savedQuery(
                    "Flaky",
                    "flakyword2",
                    null,
                    "http://127.0.0.1:" + receiver.port() + "/hooks/flaky"))
            .path("id")
            .asText();
    index(reportIndex, h100SellOff("flaky-1", "flakyword2"));
    WebhookDispatcher dispatcher = app.bean(WebhookDispatcher.class);

    List<Long> waits = new java.util.ArrayList<>();
    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThat(dispatcher.runDue()).isZero();
      JsonNode d = json(app.get("/api/saved-queries/" + id + "/deliveries", ALICE).body()).get(0);
      assertThat(d.path("attempts").asInt()).isEqualTo(attempt);
      assertThat(d.path("lastStatusCode").asInt()).isEqualTo(503);
      if (attempt < 5) {
        Instant next = Instant.parse(d.path("nextAttemptAt").asText());
        waits.add(java.time.Duration.between(clock.instant(), next).toSeconds());
        clock.advance(java.time.Duration.between(clock.instant(), next));
      } else {
        assertThat(d.path("status").asText()).isEqualTo("FAILED");
      }
    }

    assertThat(waits).containsExactly(2L, 4L, 8L, 16L);
    receiver.verify(5, postRequestedFor(urlEqualTo("/hooks/flaky")));
  }
}
