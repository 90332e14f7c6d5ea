package dev.signaldesk.api.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signaldesk.api.testing.DemoCorpusDataDir;
import dev.signaldesk.api.testing.Http;
import dev.signaldesk.demo.DemoCorpus;
import dev.signaldesk.model.Report;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@MicronautTest
class ProvenanceApiTest extends DemoCorpusDataDir {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject
  @Client("/")
  HttpClient client;

  private HttpResponse<byte[]> getBytes(String uri) {
    try {
      return client.toBlocking().exchange(HttpRequest.GET(uri).bearerAuth(ADMIN_KEY), byte[].class);
    } catch (HttpClientResponseException e) {
      @SuppressWarnings("unchecked")
      HttpResponse<byte[]> r = (HttpResponse<byte[]>) e.getResponse();
      return r;
    }
  }

  private JsonNode document(String id) throws Exception {
    HttpResponse<String> r =
        client
            .toBlocking()
            .exchange(HttpRequest.GET("/api/documents/" + id).bearerAuth(ADMIN_KEY), String.class);
    return JSON.readTree(Http.body(r));
  }

  @Test
  void aDemoArticlesProvenanceLeadsToItsArchivedSnapshot() throws Exception {
    Report article = DemoCorpus.load().reports().get(0);

    JsonNode p = document(article.id()).path("provenance");
    HttpResponse<byte[]> snapshot = getBytes(p.path("snapshot").asText());

    assertThat(p.path("origin").asText()).isEqualTo("demo");
    assertThat(p.path("url").asText()).isEqualTo(article.url());
    assertThat(p.path("canonicalUrl").asText()).isEqualTo(article.canonicalUrl());
    assertThat(p.path("fetchedAt").asText()).isEqualTo(article.fetchedAt().toString());
    assertThat(p.path("sha256").asText()).isEqualTo(article.contentSha256());
    assertThat(p.path("warcFile").asText()).endsWith(".warc.gz");
    assertThat(p.path("warcRecordId").asText()).startsWith("<urn:uuid:");
    assertThat(snapshot.code()).isEqualTo(200);
    assertThat(snapshot.getContentType().map(Object::toString))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(snapshot.header("Content-Disposition")).startsWith("attachment;");
    assertThat(snapshot.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(snapshot.header("Content-Security-Policy")).isEqualTo("sandbox");
    String html = new String(snapshot.body(), StandardCharsets.UTF_8);
    assertThat(html).contains("signaldesk-demo").contains(article.title().replace("\"", "&quot;"));
  }

  @Test
  void aChatMessageHasImportProvenanceAndNoSnapshot() throws Exception {
    HttpResponse<String> found =
        client
            .toBlocking()
            .exchange(
                HttpRequest.GET("/api/search?kind=chat&limit=1").bearerAuth(ADMIN_KEY),
                String.class);
    String id = JSON.readTree(Http.body(found)).path("hits").get(0).path("id").asText();

    JsonNode p = document(id).path("provenance");
    HttpResponse<byte[]> snapshot = getBytes("/api/documents/" + id + "/snapshot");

    assertThat(p.path("origin").asText()).isEqualTo("import");
    assertThat(p.path("importFile").asText()).isNotBlank();
    assertThat(p.path("importFormat").asText()).isNotBlank();
    assertThat(p.path("importLine").asLong()).isPositive();
    assertThat(p.path("snapshot").isMissingNode() || p.path("snapshot").isNull()).isTrue();
    assertThat(snapshot.code()).isEqualTo(404);
    assertThat(Http.body(snapshot)).contains("urn:signaldesk:problem:no-snapshot");
  }

  @Test
  void anUnknownDocumentsSnapshotIs404() {
    HttpResponse<byte[]> r = getBytes("/api/documents/demo-0000000000/snapshot");

    assertThat(r.code()).isEqualTo(404);
    assertThat(r.getContentType().map(Object::toString)).contains("application/problem+json");
  }
}
