package dev.signaldesk.api.controllers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signaldesk.api.testing.Http;
import dev.signaldesk.api.testing.IndexedDataDir;
import dev.signaldesk.api.testing.TestReports;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest
class DocumentApiTest extends IndexedDataDir {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void returnsTheWholeChatReportWithProvenanceAndChatFacts() throws Exception {
    HttpResponse<String> r =
        client
            .toBlocking()
            .exchange(
                HttpRequest.GET("/api/documents/" + TestReports.CHAT_SELL.id())
                    .bearerAuth(ADMIN_KEY),
                String.class);

    assertThat(r.code()).isEqualTo(200);
    JsonNode doc = JSON.readTree(Http.body(r));
    assertThat(doc.path("id").asText()).isEqualTo(TestReports.CHAT_SELL.id());
    assertThat(doc.path("kind").asText()).isEqualTo("chat");
    assertThat(doc.path("source").asText()).isEqualTo("chat:wechat-memotrace-csv");
    assertThat(doc.path("text").asText()).isEqualTo("出 8卡H800整机两台，急出，价格可谈");
    assertThat(doc.path("publishedAt").asText()).isEqualTo("2025-04-30T17:30:00Z");
    assertThat(doc.path("contentSha256").asText()).hasSize(64);
    assertThat(doc.path("provenance").path("origin").asText()).isEqualTo("import");
    assertThat(doc.path("provenance").path("importFile").asText()).isEqualTo("算力交易群.csv");
    assertThat(doc.path("provenance").path("importLine").asLong()).isEqualTo(17);
    assertThat(doc.path("chat").path("group").asText()).isEqualTo("算力交易群");
    assertThat(doc.path("chat").path("offer").asText()).isEqualTo("SELL");
  }

  @Test
  void returnsTheWarcRecordOfACrawledArticle() throws Exception {
    HttpResponse<String> r = Http.get(client, "/api/documents/" + TestReports.SELL_OFF_ZH.id());

    JsonNode doc = JSON.readTree(Http.body(r));
    assertThat(doc.path("url").asText()).isEqualTo("https://36kr.com/p/3100000001");
    assertThat(doc.path("provenance").path("warcFile").asText()).isEqualTo("crawl-00001.warc.gz");
    assertThat(doc.path("provenance").path("warcRecordId").asText()).isEqualTo("<urn:uuid:test>");
  }

  @Test
  void unknownIdIsA404Problem() throws Exception {
    HttpResponse<String> r = Http.get(client, "/api/documents/news-does-not-exist");

    assertThat(r.code()).isEqualTo(404);
    assertThat(r.getContentType())
        .hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/problem+json"));
    JsonNode problem = JSON.readTree(Http.body(r));
    assertThat(problem.path("status").asInt()).isEqualTo(404);
    assertThat(problem.path("type").asText())
        .isEqualTo("urn:signaldesk:problem:document-not-found");
    assertThat(problem.path("detail").asText()).contains("news-does-not-exist");
  }
}
