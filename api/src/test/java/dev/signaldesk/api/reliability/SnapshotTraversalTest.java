package dev.signaldesk.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.api.conf.DataLayout;
import dev.signaldesk.api.testing.IndexedDataDir;
import dev.signaldesk.crawler.archive.WarcFileWriter;
import dev.signaldesk.crawler.fetch.ArchiveRef;
import dev.signaldesk.crawler.fetch.Exchange;
import dev.signaldesk.crawler.fetch.Truncation;
import dev.signaldesk.model.Provenance;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportIds;
import dev.signaldesk.model.ReportKind;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The snapshot endpoint ({@code GET /api/documents/{id}/snapshot}) against traversal and active
 * content.
 *
 * <p>Traversal comes two ways. Through the URL: document ids with {@code ../}, {@code %2e%2e},
 * encoded slashes and backslashes, NUL, absolute paths. Through a poisoned index: reports whose
 * provenance names a WARC file outside the archive ({@code ../outside/…}, an absolute path, a
 * backslash path, a NUL-suffixed name) holding a readable record with the very record id asked for.
 * Either way the answer is a 4xx problem and never a byte of the file outside the archive.
 *
 * <p>Active content: an archived HTML page with a script, an SVG with a script and an XHTML page
 * come back as attachments with {@code X-Content-Type-Options: nosniff} and a CSP {@code sandbox},
 * even when the client asks for HTML.
 */
@MicronautTest
class SnapshotTraversalTest extends IndexedDataDir {
  private static final String SECRET = "SECRET-OUTSIDE-THE-ARCHIVE-7f3a";
  private static final Instant FETCHED = Instant.parse("2026-11-27T06:00:00Z");

  @Inject EmbeddedServer server;

  private final HttpClient http = HttpClient.newHttpClient();
  private final List<String> poisonedIds = new ArrayList<>();
  private ArchiveRef html;
  private ArchiveRef svg;
  private ArchiveRef xhtml;

  @BeforeAll
  void archiveAndIndexSnapshots() throws IOException {
    Clock clock = Clock.fixed(FETCHED, ZoneOffset.UTC);
    try (WarcFileWriter archive =
        new WarcFileWriter(new DataLayout(dataDir).archive(), Long.MAX_VALUE, clock)) {
      html =
          archive.record(
              exchange(
                  "https://news.example.com/a/1.html",
                  "text/html; charset=utf-8",
                  "<html><body><h1>H100 租金</h1><script>fetch('/api/keys',{method:'POST'})"
                      + "</script><img src=x onerror=alert(document.cookie)></body></html>"));
      svg =
          archive.record(
              exchange(
                  "https://news.example.com/chart.svg",
                  "image/svg+xml",
                  "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"));
      xhtml =
          archive.record(
              exchange(
                  "https://news.example.com/a/2.xhtml",
                  "application/xhtml+xml",
                  "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><script>alert(2)</script>"
                      + "</body></html>"));
    }
    // A readable WARC outside the archive directory, with a record the poisoned reports name.
    Path outside = dataDir.resolve("outside");
    ArchiveRef secret;
    try (WarcFileWriter writer = new WarcFileWriter(outside, Long.MAX_VALUE, clock)) {
      secret = writer.record(exchange("https://news.example.com/s", "text/plain", SECRET));
    }
    String name = secret.warcFile();
    List<String> hostileFiles =
        List.of(
            "../outside/" + name,
            "..%2Foutside%2F" + name,
            "%2e%2e/outside/" + name,
            "..\\outside\\" + name,
            outside.resolve(name).toAbsolutePath().toString(),
            "./../outside/" + name,
            "../outside/" + name + "\u0000.warc.gz",
            name + "\u0000",
            "",
            "..",
            "/etc/passwd");
    for (int i = 0; i < hostileFiles.size(); i++) {
      Report r = report("poisoned-" + i, hostileFiles.get(i), secret.recordId(), "text/plain");
      index.upsert(r);
      poisonedIds.add(r.id());
    }
    index.upsert(report("inert-html", html.warcFile(), html.recordId(), "text/html"));
    index.upsert(report("inert-svg", svg.warcFile(), svg.recordId(), "image/svg+xml"));
    index.upsert(report("inert-xhtml", xhtml.warcFile(), xhtml.recordId(), "text/html"));
    index.commit();
    index.refresh();
  }

  Stream<String> poisonedIds() {
    return poisonedIds.stream();
  }

  @ParameterizedTest
  @MethodSource("poisonedIds")
  void aProvenancePointingOutsideTheArchiveIsAProblemNeverTheFile(String id) {
    HttpResponse<String> r = get("/api/documents/" + id + "/snapshot", Map.of());
    assertThat(r.statusCode()).as(r.body()).isBetween(400, 499);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(r.body()).doesNotContain(SECRET).doesNotContain("root:");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../../../../etc/passwd",
        "..%2F..%2F..%2Fetc%2Fpasswd",
        "%2e%2e%2f%2e%2e%2foutside",
        "%2e%2e",
        "..%5C..%5Coutside",
        "%2Fetc%2Fpasswd",
        "%00",
        "inert-html%00",
        "inert-html%2F..%2F..%2Foutside",
        "..%252f..%252fetc%252fpasswd",
        "C:%5Cwindows%5Cwin.ini",
      })
  void traversalInTheSnapshotUrlIsAProblemNeverAFile(String id) {
    HttpResponse<String> r = get("/api/documents/" + id + "/snapshot", Map.of());
    assertThat(r.statusCode()).as(id + " → " + r.body()).isBetween(400, 499);
    assertThat(r.body()).doesNotContain(SECRET).doesNotContain("root:").doesNotContain("<script");
  }

  @ParameterizedTest
  @ValueSource(strings = {"inert-html", "inert-svg", "inert-xhtml"})
  void anArchivedPageWithScriptsIsServedAsAnInertAttachment(String slug) {
    String id = ReportIds.forUrl("https://news.example.com/" + slug);
    for (Map<String, String> headers :
        List.of(Map.<String, String>of(), Map.of("Accept", "text/html,application/xhtml+xml"))) {
      HttpResponse<String> r = get("/api/documents/" + id + "/snapshot", headers);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      assertThat(r.body()).contains("<script>");
      assertThat(r.headers().firstValue("Content-Disposition"))
          .hasValueSatisfying(d -> assertThat(d).startsWith("attachment;"));
      assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(r.headers().firstValue("Content-Security-Policy"))
          .hasValueSatisfying(csp -> assertThat(csp).contains("sandbox"));
    }
  }

  @Test
  void theArchivedContentTypeIsKeptSoTheBytesAreNotRelabelled() {
    HttpResponse<String> r =
        get(
            "/api/documents/"
                + ReportIds.forUrl("https://news.example.com/inert-svg")
                + "/snapshot",
            Map.of());
    assertThat(r.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
  }

  private HttpResponse<String> get(String path, Map<String, String> headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(server.getURL() + path))
            .header("Authorization", "Bearer " + ADMIN_KEY);
    headers.forEach(b::header);
    try {
      return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Exchange exchange(String url, String contentType, String body) {
    return new Exchange(
        URI.create(url),
        "GET",
        Map.of("User-Agent", List.of("SignalDeskBot/1.0")),
        200,
        Map.of("Content-Type", List.of(contentType)),
        body.getBytes(StandardCharsets.UTF_8),
        Truncation.NONE,
        FETCHED);
  }

  private static Report report(String slug, String warcFile, String recordId, String type) {
    String url = "https://news.example.com/" + slug;
    return new Report(
        ReportIds.forUrl(url),
        "reliability",
        ReportKind.NEWS,
        url,
        url,
        "快照测试 " + slug,
        "一篇用来检查快照接口的测试文章，H100 月租报价七万元。" + slug,
        null,
        "zh",
        FETCHED,
        FETCHED,
        ReportIds.sha256Hex(slug),
        Provenance.crawled(type, warcFile, recordId),
        null);
  }
}
