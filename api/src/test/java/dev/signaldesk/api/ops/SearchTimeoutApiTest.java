package dev.signaldesk.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signaldesk.api.testing.Http;
import dev.signaldesk.api.testing.IndexedDataDir;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A one-microsecond {@code api.search-timeout}: any search that has documents to score runs past
 * it, so the answer is the 503 problem, never a hang or a partial page passed off as complete.
 */
@MicronautTest
class SearchTimeoutApiTest extends IndexedDataDir {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject
  @Client("/")
  HttpClient client;

  @Override
  protected Map<String, String> extraProperties() {
    return configFile(
        """
        api:
          search-timeout: PT0.000001S
        """);
  }

  @Test
  void aSearchPastItsTimeBudgetIsA503ProblemWithRetryAfter() throws Exception {
    HttpResponse<String> r =
        Http.get(client, "/api/search?q=gp*%20OR%20rent%20OR%20H100&limit=100");

    assertThat(r.code()).isEqualTo(503);
    assertThat(r.getHeaders().get("Content-Type")).startsWith("application/problem+json");
    assertThat(r.getHeaders().get("Retry-After")).isEqualTo("5");
    JsonNode problem = JSON.readTree(Http.body(r));
    assertThat(problem.path("type").asText()).isEqualTo("urn:signaldesk:problem:search-timeout");
    assertThat(problem.path("detail").asText()).contains("api.search-timeout");
  }

  @Test
  void timeoutsAreCounted() {
    Http.get(client, "/api/search?q=gpu");

    assertThat(Http.body(Http.get(client, "/metrics")))
        .containsPattern("signaldesk_search_timeouts_total(\\{[^}]*\\})? [1-9]");
  }
}
