package dev.signaldesk.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signaldesk.api.alerts.AlertsTestAccess;
import dev.signaldesk.api.alerts.MutableClock;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Keys from the environment, the database (managed by admins) and demo mode; chat privacy. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiKeysTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private AlertsTestAccess app;

  @BeforeAll
  void start() {
    app = AlertsTestAccess.start(new MutableClock(Instant.parse("2026-11-28T11:00:00Z")));
  }

  @AfterAll
  void stop() {
    app.close();
  }

  @Test
  void anAdminCreatesAKeyThatWorksAtOnceAndStopsWorkingWhenRevoked() throws Exception {
    HttpResponse<String> created =
        app.post("/api/keys", app.envAdminKey(), "{\"role\":\"analyst\",\"owner\":\"erin\"}");
    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode key = JSON.readTree(created.body());
    String secret = key.path("key").asText();
    assertThat(secret).startsWith("sdk_");

    assertThat(app.get("/api/saved-queries", secret).statusCode()).isEqualTo(200);
    JsonNode listed = JSON.readTree(app.get("/api/keys", app.envAdminKey()).body());
    assertThat(listed.findValuesAsText("owner")).contains("erin");
    assertThat(listed.toString()).doesNotContain(secret);

    HttpResponse<String> revoked =
        app.send(
            HttpRequest.newBuilder(app.uri("/api/keys/" + key.path("id").asText())).DELETE(),
            app.envAdminKey());
    assertThat(revoked.statusCode()).isEqualTo(204);
    assertThat(app.get("/api/saved-queries", secret).statusCode()).isEqualTo(401);
  }

  @Test
  void analystsCannotManageKeys() {
    assertThat(app.get("/api/keys", app.analystKey()).statusCode()).isEqualTo(403);
  }

  @Test
  void theDemoKeyIsAnAdminKey() {
    String demo = app.bean(ApiKeyStore.class).generateDemoKey();

    assertThat(app.get("/api/keys", demo).statusCode()).isEqualTo(200);
  }

  @Test
  void feedReadersMaySendTheKeyAsTheBasicPassword() {
    String basic =
        Base64.getEncoder()
            .encodeToString(("reader:" + app.analystKey()).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r =
        app.send(
            HttpRequest.newBuilder(app.uri("/api/saved-queries"))
                .header("Authorization", "Basic " + basic)
                .GET(),
            null);

    assertThat(r.statusCode()).isEqualTo(200);
  }

  @Test
  void anonymousCallersCannotOpenChatDocumentsButKeyHoldersCan() {
    String chatPath = "/api/documents/chat-0123456789abcdef0123";

    assertThat(app.get(chatPath, null).statusCode()).isEqualTo(401);
    // With a key the request reaches the documents endpoint (which knows no such message).
    assertThat(app.get(chatPath, app.analystKey()).statusCode()).isEqualTo(404);
  }
}
