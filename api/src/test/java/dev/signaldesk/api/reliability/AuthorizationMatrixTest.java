package dev.signaldesk.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every API endpoint against every kind of caller: no key, a wrong key, reader, analyst, admin. The
 * expected outcome follows from the endpoint's least role: below it, 401 without a valid key
 * (unless the route allows anonymous reading) and 403 with one; at or above it, neither. Saved
 * queries are also checked across owners: one analyst cannot read, change or delete another's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

  enum Caller {
    NONE(null, -1),
    WRONG_KEY("not-a-key-at-all-000000000", -1),
    READER(ReliabilityApp.READER, 0),
    ANALYST(ReliabilityApp.ANALYST, 1),
    ADMIN(ReliabilityApp.ADMIN, 2);

    final String key;
    final int level;

    Caller(String key, int level) {
      this.key = key;
      this.level = level;
    }
  }

  /** An endpoint with its least role (0 reader, 1 analyst, 2 admin) and anonymous reading. */
  record Endpoint(String method, String path, String body, int least, boolean anonymous) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private ReliabilityApp app;
  private String savedQueryId;

  @BeforeAll
  void start() {
    app = ReliabilityApp.start();
    HttpResponse<String> created =
        app.request(
            "POST",
            "/api/saved-queries",
            ReliabilityApp.ANALYST,
            "{\"name\":\"H100 rent\",\"query\":\"H100 租金\"}");
    assertThat(created.statusCode()).as(created.body()).isBetween(200, 201);
    savedQueryId = created.body().replaceAll("(?s).*\"id\"\\s*:\\s*\"?([^\",}]+)\"?.*", "$1");
  }

  @AfterAll
  void stop() {
    app.close();
  }

  List<Endpoint> endpoints() {
    String sq = "/api/saved-queries/" + savedQueryId;
    String body = "{\"name\":\"n\",\"query\":\"A800\"}";
    return List.of(
        new Endpoint("GET", "/api/search?q=H100", null, 0, true),
        new Endpoint("GET", "/api/documents/no-such-document", null, 0, true),
        new Endpoint("GET", "/api/saved-queries", null, 1, false),
        new Endpoint("POST", "/api/saved-queries", body, 1, false),
        new Endpoint("GET", sq, null, 1, false),
        new Endpoint("PUT", sq, body, 1, false),
        new Endpoint("GET", sq + "/matches", null, 1, false),
        new Endpoint("GET", sq + "/feed", null, 1, false),
        new Endpoint("GET", sq + "/deliveries", null, 1, false),
        new Endpoint("GET", "/api/keys", null, 2, false),
        new Endpoint("POST", "/api/keys", "{\"role\":\"reader\",\"owner\":\"x\"}", 2, false),
        new Endpoint("DELETE", "/api/keys/no-such-key", null, 2, false),
        new Endpoint("POST", "/api/crawl", "{}", 2, false),
        new Endpoint("POST", "/api/imports", "{}", 2, false),
        new Endpoint("DELETE", "/api/search", null, 2, false),
        new Endpoint("POST", "/api/unknown-endpoint", "{}", 2, false));
  }

  Stream<Arguments> matrix() {
    List<Arguments> cells = new ArrayList<>();
    for (Endpoint e : endpoints()) {
      for (Caller c : Caller.values()) {
        cells.add(Arguments.of(e, c));
      }
    }
    return cells.stream();
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("matrix")
  void eachRoleGetsExactlyWhatItsLevelAllows(Endpoint endpoint, Caller caller) {
    HttpResponse<String> r =
        app.request(endpoint.method(), endpoint.path(), caller.key, endpoint.body());
    int status = r.statusCode();
    assertThat(status).as("no server error: " + r.body()).isLessThan(500);
    if (caller == Caller.WRONG_KEY) {
      assertThat(status).as("a wrong key is never anonymous").isEqualTo(401);
    } else if (caller == Caller.NONE) {
      if (endpoint.anonymous()) {
        assertThat(status).isNotIn(401, 403);
      } else {
        assertThat(status).isEqualTo(401);
      }
    } else if (caller.level < endpoint.least()) {
      if (endpoint.method().equals("DELETE") && endpoint.path().equals("/api/search")) {
        // no such method on an existing route: refused as 405 once the caller is known
        assertThat(status).as(r.body()).isIn(403, 405);
      } else {
        assertThat(status).as(r.body()).isEqualTo(403);
      }
    } else {
      assertThat(status).as(r.body()).isNotIn(401, 403);
    }
    if (status == 401 || status == 403) {
      assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
  }

  @Test
  void oneAnalystCannotSeeChangeOrDeleteAnothersSavedQuery() {
    String sq = "/api/saved-queries/" + savedQueryId;
    String other = ReliabilityApp.OTHER_ANALYST;
    assertThat(app.request("GET", sq, other, null).statusCode()).isEqualTo(404);
    assertThat(app.request("PUT", sq, other, "{\"name\":\"x\",\"query\":\"y\"}").statusCode())
        .isEqualTo(404);
    assertThat(app.request("GET", sq + "/matches", other, null).statusCode()).isEqualTo(404);
    assertThat(app.request("DELETE", sq, other, null).statusCode()).isEqualTo(404);
    assertThat(app.request("GET", "/api/saved-queries", other, null).body())
        .doesNotContain(savedQueryId);
    assertThat(app.request("GET", sq, ReliabilityApp.ANALYST, null).statusCode()).isEqualTo(200);
  }

  @Test
  void basicAuthWithTheKeyAsPasswordIsTheSameCallerAndAWrongOneIsRefused() {
    String good =
        java.util.Base64.getEncoder().encodeToString(("feed:" + ReliabilityApp.ANALYST).getBytes());
    String bad = java.util.Base64.getEncoder().encodeToString("feed:wrong".getBytes());
    var ok =
        app.send(
            java.net.http.HttpRequest.newBuilder(app.uri("/api/saved-queries"))
                .header("Authorization", "Basic " + good),
            null);
    var refused =
        app.send(
            java.net.http.HttpRequest.newBuilder(app.uri("/api/saved-queries"))
                .header("Authorization", "Basic " + bad),
            null);
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(refused.statusCode()).isEqualTo(401);
  }
}
