package dev.signaldesk.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signaldesk.api.testing.Http;
import dev.signaldesk.api.testing.IndexedDataDir;
import dev.signaldesk.config.ConfigLoader;
import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.model.Provenance;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportIds;
import dev.signaldesk.model.ReportKind;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** /health components, /metrics in Prometheus format, and the shutdown commit. */
@MicronautTest
class OperationsApiTest extends IndexedDataDir {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject GracefulShutdown shutdown;

  @Test
  void healthReportsIndexDatabaseArchiveAndCrawler() throws Exception {
    HttpResponse<String> r = Http.get(client, "/health");

    assertThat(r.code()).as(Http.body(r)).isEqualTo(200);
    JsonNode details = JSON.readTree(Http.body(r)).path("details");
    assertThat(details.path("index").path("status").asText()).isEqualTo("UP");
    assertThat(details.path("database").path("status").asText()).isEqualTo("UP");
    assertThat(details.path("archive").path("status").asText()).isEqualTo("UP");
    assertThat(details.path("archive").path("details").path("writable").asBoolean()).isTrue();
    assertThat(details.path("crawler").path("details").path("state").asText())
        .isEqualTo("never-run");
  }

  @Test
  void metricsArePrometheusTextWithIndexIngestRequestAndAlertMeters() {
    Http.get(client, "/api/search?q=H100");
    Http.get(client, "/api/search?q=H100");

    HttpResponse<String> r = Http.get(client, "/metrics");

    assertThat(r.code()).isEqualTo(200);
    assertThat(r.getHeaders().get("Content-Type")).startsWith("text/plain");
    String text = Http.body(r);
    assertThat(text)
        .contains("signaldesk_index_documents")
        .contains("signaldesk_index_size_bytes")
        .containsPattern("signaldesk_documents_ingested_total\\{source=\"36kr\"\\} 1")
        .containsPattern("signaldesk_alert_deliveries\\{status=\"FAILED\"\\} 0")
        .contains("http_server_requests_seconds_count")
        .containsPattern("cache_gets_total\\{cache=\"search\",result=\"hit\"\\} [1-9]");
    assertThat(text).doesNotContain(ADMIN_KEY);
  }

  @Test
  void shutdownCommitsWhatWasNotYetCommitted() throws Exception {
    Report late =
        new Report(
            ReportIds.forUrl("https://example.com/news/late"),
            "feed-en",
            ReportKind.NEWS,
            "https://example.com/news/late",
            "https://example.com/news/late",
            "Late report",
            "Written just before the server stops.",
            null,
            "en",
            Instant.parse("2026-11-27T00:00:00Z"),
            Instant.parse("2026-11-27T00:05:00Z"),
            null,
            Provenance.crawled("text/html", "crawl-00009.warc.gz", "<urn:uuid:late>"),
            null);
    index.upsert(late);
    long committedBefore = committedReports();

    shutdown.onApplicationEvent(null);

    assertThat(committedReports()).isEqualTo(committedBefore + 1);
  }

  /** What another process (the CLI) would see: the last commit only. */
  private long committedReports() throws Exception {
    try (ReportIndex reader =
        ReportIndex.openReadOnly(dataDir.resolve("index"), new ConfigLoader().defaults().index())) {
      return reader.count();
    }
  }
}
