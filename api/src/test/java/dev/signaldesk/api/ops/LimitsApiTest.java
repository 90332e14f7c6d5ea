package dev.signaldesk.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signaldesk.api.testing.Http;
import dev.signaldesk.api.testing.IndexedDataDir;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Query complexity and page depth limits, configured small. (Upload size: {@code ImportApiTest}.)
 */
@MicronautTest
class LimitsApiTest extends IndexedDataDir {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject
  @Client("/")
  HttpClient client;

  @Override
  protected Map<String, String> extraProperties() {
    return configFile(
        """
        api:
          max-page-depth: 2
          max-wildcards: 1
        """);
  }

  private HttpResponse<String> search(String... params) {
    UriBuilder uri = UriBuilder.of("/api/search");
    for (int i = 0; i < params.length; i += 2) {
      uri.queryParam(params[i], params[i + 1]);
    }
    return Http.get(client, uri.toString());
  }

  @Test
  void pagingStopsAtTheConfiguredDepthWithABadCursorProblem() throws Exception {
    HttpResponse<String> first = search("limit", "1", "sort", "newest");
    String second = JSON.readTree(Http.body(first)).path("nextCursor").asText();
    HttpResponse<String> page2 = search("limit", "1", "sort", "newest", "cursor", second);
    assertThat(page2.code()).as(Http.body(page2)).isEqualTo(200);
    String third = JSON.readTree(Http.body(page2)).path("nextCursor").asText();

    HttpResponse<String> page3 = search("limit", "1", "sort", "newest", "cursor", third);

    assertThat(page3.code()).isEqualTo(400);
    JsonNode problem = JSON.readTree(Http.body(page3));
    assertThat(problem.path("detail").asText()).contains("'cursor'").contains("page 3");
  }

  @Test
  void aForgedCursorIsABadParameterNotAServerError() {
    HttpResponse<String> r = search("cursor", "not-a-cursor");
    assertThat(r.code()).isEqualTo(400);
    assertThat(Http.body(r)).contains("'cursor'");
  }

  @Test
  void tooManyPrefixTermsAreRefused() throws Exception {
    assertThat(search("q", "h1*").code()).isEqualTo(200);

    HttpResponse<String> r = search("q", "h1* gp*");

    assertThat(r.code()).isEqualTo(400);
    assertThat(JSON.readTree(Http.body(r)).path("detail").asText())
        .contains("'q'")
        .contains("2 prefix terms")
        .contains("at most 1");
  }
}
