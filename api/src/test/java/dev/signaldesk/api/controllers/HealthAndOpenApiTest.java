package dev.signaldesk.api.controllers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.signaldesk.api.testing.Http;
import dev.signaldesk.api.testing.IndexedDataDir;
import dev.signaldesk.api.testing.TestReports;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@MicronautTest
class HealthAndOpenApiTest extends IndexedDataDir {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void healthIsUpAndCountsTheIndexedDocuments() throws Exception {
    HttpResponse<String> r = Http.get(client, "/health");

    assertThat(r.code()).isEqualTo(200);
    JsonNode health = JSON.readTree(Http.body(r));
    assertThat(health.path("status").asText()).isEqualTo("UP");
    JsonNode indexHealth = health.path("details").path("index");
    assertThat(indexHealth.path("status").asText()).isEqualTo("UP");
    assertThat(indexHealth.path("details").path("documents").asLong())
        .isEqualTo(TestReports.ALL.size());
  }

  @Test
  void openApiDocumentIsServedAndDescribesTheEndpoints() {
    HttpResponse<String> r = Http.get(client, "/swagger/signaldesk-0.1.yml");

    assertThat(r.code()).isEqualTo(200);
    assertThat(Http.body(r))
        .contains("openapi: 3")
        .contains("/api/search:")
        .contains("/api/documents/{id}:")
        .contains("application/problem+json");
  }

  /**
   * The operations beyond search are documented like search: a tag, a summary, and their error
   * responses (problem documents).
   */
  @ParameterizedTest(name = "{1} {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/saved-queries|post|Saved queries|201 400 401 403 429",
        "/api/saved-queries|get|Saved queries|200 401 403 429",
        "/api/saved-queries/{id}|get|Saved queries|200 401 403 404 429",
        "/api/saved-queries/{id}|put|Saved queries|200 400 401 403 404 429",
        "/api/saved-queries/{id}|delete|Saved queries|204 401 403 404 429",
        "/api/saved-queries/{id}/matches|get|Saved queries|200 400 401 403 404 429",
        "/api/saved-queries/{id}/feed|get|Saved queries|200 400 401 403 404 429",
        "/api/saved-queries/{id}/events|get|Saved queries|200 400 401 403 404 429",
        "/api/saved-queries/{id}/deliveries|get|Saved queries|200 400 401 403 404 429",
        "/api/keys|post|Keys|201 400 401 403 429",
        "/api/keys|get|Keys|200 401 403 429",
        "/api/keys/{id}|delete|Keys|204 401 403 404 429",
        "/api/imports|post|Imports|200 400 401 403 413 415 429",
        "/api/fact-check|get|Fact-check|200 400 401 403 429",
        "/api/search|get|Search|200 400 503",
      })
  void openApiDocumentsEachOperationWithItsTagAndErrorResponses(
      String path, String method, String tag, String codes) throws Exception {
    JsonNode op = openApi().path("paths").path(path).path(method);

    assertThat(op.isMissingNode()).as(method + " " + path + " is documented").isFalse();
    assertThat(op.path("summary").asText()).isNotBlank();
    assertThat(op.path("tags").toString()).contains("\"" + tag + "\"");
    List<String> documented = new ArrayList<>();
    op.path("responses").fieldNames().forEachRemaining(documented::add);
    assertThat(documented).containsAll(List.of(codes.split(" ")));
    for (String code : documented) {
      if (code.startsWith("4") && !code.equals("413") && !code.equals("415")) {
        assertThat(op.path("responses").path(code).path("content").has("application/problem+json"))
            .as(method + " " + path + " " + code + " is a problem document")
            .isTrue();
      }
    }
  }

  private JsonNode openApi() throws Exception {
    HttpResponse<String> r = Http.get(client, "/swagger/signaldesk-0.1.yml");
    assertThat(r.code()).isEqualTo(200);
    return new ObjectMapper(new YAMLFactory()).readTree(Http.body(r));
  }
}
