package dev.signaldesk.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signaldesk.api.conf.ServerProperties;
import dev.signaldesk.api.testing.Http;
import dev.signaldesk.demo.ChatExport;
import dev.signaldesk.demo.DemoCorpus;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportApiTest implements TestPropertyProvider {
  private static final String ADMIN_KEY = "import-api-admin-key";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Small enough to test, large enough for the bundled WeChat export. */
  private static final long MAX_UPLOAD = 64 * 1024;

  private static final String WHATSAPP_WITH_BAD_LINE =
      """
      [06/01/2025, 21:15:03] Ray Tan: WTS 8x H100 SXM node, Shenzhen, 2.1M CNY
      [31/02/2025, 21:16:00] Mei Ho: this header has an impossible date
      [07/01/2025, 09:31:12] Ray Tan: still available, can discount for two
      """;

  @Inject
  @Client("/")
  HttpClient client;

  @Override
  public Map<String, String> getProperties() {
    try {
      Path dir =
          Files.createTempDirectory(
              Files.createDirectories(Path.of("target", "api-test-data")), "imports");
      Path config =
          Files.writeString(
              dir.resolve("signaldesk.yml"), "api:\n  max-upload-bytes: " + MAX_UPLOAD + "\n");
      return Map.of(
          ServerProperties.DATA_DIR,
          dir.resolve("data").toAbsolutePath().toString(),
          ServerProperties.CONFIG_FILE,
          config.toAbsolutePath().toString(),
          "signaldesk.api.key",
          ADMIN_KEY);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpResponse<String> post(MultipartBody body, String key) {
    HttpRequest<?> req =
        HttpRequest.POST("/api/imports", body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
    if (key != null) {
      req =
          HttpRequest.POST("/api/imports", body)
              .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
              .bearerAuth(key);
    }
    try {
      return client.toBlocking().exchange(req, String.class);
    } catch (HttpClientResponseException e) {
      @SuppressWarnings("unchecked")
      HttpResponse<String> r = (HttpResponse<String>) e.getResponse();
      return r;
    }
  }

  private static MultipartBody file(String name, byte[] bytes, String... parts) {
    MultipartBody.Builder b = MultipartBody.builder();
    for (int i = 0; i < parts.length; i += 2) {
      b.addPart(parts[i], parts[i + 1]);
    }
    return b.addPart("file", name, MediaType.TEXT_PLAIN_TYPE, bytes).build();
  }

  private static JsonNode json(HttpResponse<String> r) throws IOException {
    return JSON.readTree(Http.body(r));
  }

  @Test
  void anUploadedExportIsImportedAndSearchable() throws Exception {
    ChatExport export =
        DemoCorpus.load().chatExports().stream()
            .filter(e -> e.fileName().endsWith(".txt"))
            .findFirst()
            .orElseThrow();

    HttpResponse<String> r = post(file(export.fileName(), export.bytes()), ADMIN_KEY);
    HttpResponse<String> found =
        client
            .toBlocking()
            .exchange(
                HttpRequest.GET("/api/search?kind=chat&q=H100").bearerAuth(ADMIN_KEY),
                String.class);

    assertThat(r.code()).as(Http.body(r)).isEqualTo(200);
    JsonNode summary = json(r);
    assertThat(summary.path("file").asText()).isEqualTo(export.fileName());
    assertThat(summary.path("formatId").asText()).startsWith("wechat-");
    assertThat(summary.path("imported").asLong()).isPositive();
    assertThat(summary.path("rejected").asLong()).isZero();
    assertThat(json(found).path("total").asLong()).isPositive();
  }

  @Test
  void rejectedLinesAreReportedWithTheirLineAndTheRestImported() throws Exception {
    HttpResponse<String> r =
        post(
            file(
                "brokers.txt",
                WHATSAPP_WITH_BAD_LINE.getBytes(StandardCharsets.UTF_8),
                "group",
                "APAC desk",
                "timezone",
                "Asia/Singapore"),
            ADMIN_KEY);

    assertThat(r.code()).isEqualTo(200);
    JsonNode summary = json(r);
    assertThat(summary.path("formatId").asText()).isEqualTo("whatsapp-txt");
    assertThat(summary.path("imported").asLong()).isEqualTo(2);
    assertThat(summary.path("rejected").asLong()).isEqualTo(1);
    assertThat(summary.path("problems").get(0).path("line").asLong()).isEqualTo(2);
    assertThat(summary.path("groups").toString()).contains("APAC desk");
  }

  @Test
  void anUploadOverTheLimitIs413() throws Exception {
    byte[] big =
        ("[06/01/2025, 21:15:03] Ray Tan: " + "H100 ".repeat(30_000))
            .getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> r = post(file("big.txt", big), ADMIN_KEY);

    assertThat(r.code()).isEqualTo(413);
    assertThat(r.getContentType().map(Object::toString)).contains("application/problem+json");
    assertThat(json(r).path("detail").asText()).contains("api.max-upload-bytes");
  }

  @Test
  void aFileThatIsNoChatExportIs415() throws Exception {
    HttpResponse<String> r =
        post(
            file("notes.txt", "just some notes\nno chat here\n".getBytes(StandardCharsets.UTF_8)),
            ADMIN_KEY);

    assertThat(r.code()).isEqualTo(415);
    assertThat(json(r).path("detail").asText()).contains("unknown format");
  }

  @Test
  void badOptionsAre400NamingThePart() throws Exception {
    byte[] bytes = WHATSAPP_WITH_BAD_LINE.getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> zone = post(file("a.txt", bytes, "timezone", "Mars/Olympus"), ADMIN_KEY);
    HttpResponse<String> format = post(file("a.txt", bytes, "format", "icq-log"), ADMIN_KEY);

    assertThat(zone.code()).isEqualTo(400);
    assertThat(json(zone).path("detail").asText()).contains("'timezone' part");
    assertThat(format.code()).isEqualTo(400);
    assertThat(json(format).path("detail").asText())
        .contains("'format' part")
        .contains("whatsapp-txt");
  }

  @Test
  void importsNeedAnAdminKey() {
    HttpResponse<String> r =
        post(file("a.txt", WHATSAPP_WITH_BAD_LINE.getBytes(StandardCharsets.UTF_8)), null);

    assertThat(r.code()).isEqualTo(401);
  }

  @Test
  void aBodyThatIsNotMultipartIs415() {
    HttpResponse<String> r;
    try {
      r =
          client
              .toBlocking()
              .exchange(
                  HttpRequest.POST("/api/imports", "{\"file\":\"x\"}")
                      .contentType(MediaType.APPLICATION_JSON_TYPE)
                      .bearerAuth(ADMIN_KEY),
                  String.class);
    } catch (HttpClientResponseException e) {
      @SuppressWarnings("unchecked")
      HttpResponse<String> resp = (HttpResponse<String>) e.getResponse();
      r = resp;
    }

    assertThat(r.code()).isEqualTo(415);
    assertThat(r.getContentType().map(Object::toString)).contains("application/problem+json");
  }
}
