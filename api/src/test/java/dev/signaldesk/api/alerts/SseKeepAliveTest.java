package dev.signaldesk.api.alerts;

import static dev.signaldesk.api.alerts.AlertFixtures.json;
import static dev.signaldesk.api.alerts.AlertFixtures.savedQuery;
import static dev.signaldesk.api.alerts.AlertsTestApp.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** An idle event stream gets a comment line every {@code alerts.sse-keep-alive}. */
class SseKeepAliveTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T18:00:00Z"));

  @Test
  void anIdleStreamGetsKeepAliveCommentsThatCarryNoEvent() throws Exception {
    Path dataDir = AlertsTestApp.newDataDir();
    Path config = AlertsTestApp.config(dataDir, true, 10_000, "10s", "200ms");

    try (AlertsTestApp app = AlertsTestApp.start(dataDir, config, clock)) {
      String id =
          json(app.post("/api/saved-queries", ALICE, savedQuery("Idle", "H20", null, null)).body())
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

      // The first three non-blank lines of a stream on which nothing matches.
      List<String> lines =
          CompletableFuture.supplyAsync(
                  () -> {
                    List<String> seen = new ArrayList<>();
                    Iterator<String> it = r.body().iterator();
                    while (seen.size() < 3 && it.hasNext()) {
                      String line = it.next();
                      if (!line.isBlank()) {
                        seen.add(line);
                      }
                    }
                    return seen;
                  })
              .get(30, TimeUnit.SECONDS);
      r.body().close();

      assertThat(lines).containsOnly(": " + MatchBroadcaster.KEEP_ALIVE).hasSize(3);
    }
  }
}
