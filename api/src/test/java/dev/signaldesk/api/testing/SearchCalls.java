package dev.signaldesk.api.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signaldesk.model.Report;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.uri.UriBuilder;
import java.io.IOException;
import java.util.List;
import java.util.stream.StreamSupport;

/** {@code GET /api/search} from tests: the call, and what tests read from its JSON answer. */
public final class SearchCalls {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SearchCalls() {}

  /**
   * Searches with {@code key} and asserts a 200.
   *
   * @param params name, value, name, value, …
   */
  public static JsonNode search(HttpClient client, String key, String... params)
      throws IOException {
    UriBuilder uri = UriBuilder.of("/api/search");
    for (int i = 0; i < params.length; i += 2) {
      uri.queryParam(params[i], params[i + 1]);
    }
    HttpResponse<String> r = Http.get(client, uri.toString(), key);
    assertThat(r.code()).as(Http.body(r)).isEqualTo(200);
    return JSON.readTree(Http.body(r));
  }

  /** The ids of the hits, in order. */
  public static List<String> ids(JsonNode result) {
    return StreamSupport.stream(result.path("hits").spliterator(), false)
        .map(h -> h.path("id").asText())
        .toList();
  }

  /** The hit of {@code report}; fails naming it when it is not among the hits. */
  public static JsonNode hit(JsonNode result, Report report) {
    for (JsonNode h : result.path("hits")) {
      if (h.path("id").asText().equals(report.id())) {
        return h;
      }
    }
    throw new AssertionError(report.id() + " not among the hits: " + result);
  }
}
