package dev.signaldesk.api.alerts;

import static dev.signaldesk.api.alerts.AlertFixtures.h100SellOff;
import static dev.signaldesk.api.alerts.AlertFixtures.index;
import static dev.signaldesk.api.alerts.AlertFixtures.json;
import static dev.signaldesk.api.alerts.AlertFixtures.savedQuery;
import static dev.signaldesk.api.alerts.AlertsTestApp.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.model.Report;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An idle event stream gets a comment line every {@code alerts.sse-keep-alive} (here 200 ms), read
 * as raw lines: what a proxy sees, and what EventSource parsers skip.
 */
class SseKeepAliveTest {
  private static final String KEEP_ALIVE = ": " + MatchBroadcaster.KEEP_ALIVE;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T18:00:00Z"));
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private AlertsTestApp app;
  private String id;
  private Stream<String> stream;

  @BeforeEach
  void start() throws Exception {
    Path dataDir = AlertsTestApp.newDataDir();
    Path config = AlertsTestApp.config(dataDir, true, 10_000, "10s", "200ms");
    app = AlertsTestApp.start(dataDir, config, clock);
    id =
        json(app.post("/api/saved-queries", ALICE, savedQuery("Idle", "H100", null, null)).body())
            .path("id")
            .asText();
    HttpRequest request =
        HttpRequest.newBuilder(app.uri("/api/saved-queries/" + id + "/events"))
            .header("Authorization", "Bearer " + ALICE)
            .header("Accept", "text/event-stream")
            .build();
    HttpResponse<Stream<String>> r =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
    assertThat(r.statusCode()).isEqualTo(200);
    stream = r.body();
    Thread reader = new Thread(() -> stream.forEach(lines::add), "sse-test-reader");
    reader.setDaemon(true);
    reader.start();
  }

  @AfterEach
  void stop() {
    stream.close();
    app.close();
  }

  /** The next non-blank line of the stream; fails after 30 s without one. */
  private String next() throws InterruptedException {
    String line;
    do {
      line = lines.poll(30, TimeUnit.SECONDS);
      assertThat(line).as("a line within 30 s").isNotNull();
    } while (line.isBlank());
    return line;
  }

  @Test
  void anIdleStreamGetsKeepAliveCommentsThatCarryNoEvent() throws Exception {
    List<String> first = List.of(next(), next(), next());

    assertThat(first).containsOnly(KEEP_ALIVE);
  }

  @Test
  void aMatchArrivesBetweenKeepAlivesAsAnEventOfItsOwn() throws Exception {
    assertThat(next()).isEqualTo(KEEP_ALIVE);
    Report match = h100SellOff("keep-alive-1");
    index(app.bean(ReportIndex.class), match);

    List<String> event = new ArrayList<>();
    String line;
    while ((line = next()).equals(KEEP_ALIVE)) {
      // keep-alives go on until the match is read from the outbox
    }
    event.add(line);
    while (!(line = next()).startsWith("data:")) {
      event.add(line);
    }
    event.add(line);

    assertThat(event).contains("event: match");
    assertThat(event).anySatisfy(l -> assertThat(l).startsWith("id: "));
    assertThat(event.get(event.size() - 1)).contains(match.id());
  }
}
