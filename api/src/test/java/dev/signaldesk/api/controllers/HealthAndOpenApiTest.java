package dev.signaldesk.api.controllers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signaldesk.api.testing.Http;
import dev.signaldesk.api.testing.IndexedDataDir;
import dev.signaldesk.api.testing.TestReports;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

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
}
