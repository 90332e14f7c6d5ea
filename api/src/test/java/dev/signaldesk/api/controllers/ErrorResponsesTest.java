package dev.signaldesk.api.controllers;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every error, ours or Micronaut's, is a problem document and never a 500 for bad input. */
@MicronautTest
class ErrorResponsesTest extends IndexedDataDir {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject
  @Client("/")
  HttpClient client;

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/search?q=H100&limit=abc        | 400 | limit",
        "/api/search?q=H100&limit=0          | 400 | limit",
        "/api/search?q=H100&limit=101        | 400 | limit",
        "/api/search?q=H100&from=yesterday   | 400 | from",
        "/api/search?q=H100&to=2025-02-30    | 400 | to",
        "/api/search?q=H100&from=2025-05-01&to=2025-04-01 | 400 | from",
        "/api/search?q=H100&kind=video       | 400 | kind",
        "/api/search?q=H100&sort=oldest      | 400 | sort",
        "/api/no-such-endpoint               | 404 | Not Found",
      })
  void badInputIsAProblemNamingTheCulprit(String uri, int status, String named) throws Exception {
    HttpResponse<String> r = Http.get(client, uri.trim());

    assertThat(r.code()).isEqualTo(status);
    assertThat(r.getContentType().map(Object::toString)).hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(Http.body(r));
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("type").asText()).isNotBlank();
    assertThat(problem.path("title").asText()).isNotBlank();
    assertThat(problem.path("detail").asText()).contains(named);
    assertThat(Http.body(r)).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void unexpectedFailureIsA500ProblemThatRevealsNoInternals() throws Exception {
    HttpResponse<String> r = Http.get(client, "/test/failing");

    assertThat(r.code()).isEqualTo(500);
    assertThat(r.getContentType().map(Object::toString)).hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(Http.body(r));
    assertThat(problem.path("status").asInt()).isEqualTo(500);
    assertThat(problem.path("title").asText()).isEqualTo("Internal Server Error");
    assertThat(Http.body(r))
        .doesNotContain("secret")
        .doesNotContain("IllegalStateException")
        .doesNotContain("\tat ");
  }
}
