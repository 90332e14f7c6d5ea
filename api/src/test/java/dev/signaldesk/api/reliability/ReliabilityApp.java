package dev.signaldesk.api.reliability;

import dev.signaldesk.api.alerts.MutableClock;
import dev.signaldesk.api.testing.JdkHttp;
import dev.signaldesk.api.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The whole application ({@link TestServer}) on a fresh data directory with one key per role, the
 * production webhook guard (no private targets) and a rate limit high enough not to interfere.
 */
final class ReliabilityApp implements AutoCloseable {
  static final String READER = "reliability-reader-key-0001";
  static final String ANALYST = "reliability-analyst-key-002";
  static final String OTHER_ANALYST = "reliability-analyst-key-003";
  static final String ADMIN = "reliability-admin-key-00004";

  private final TestServer server;

  private ReliabilityApp(TestServer server) {
    this.server = server;
  }

  static ReliabilityApp start() {
    Path dataDir = TestServer.newDataDir("reliability-data");
    Path config =
        TestServer.writeConfig(
            dataDir,
            """
            alerts:
              webhooks:
                allow-private: false
            api:
              rate-limit-per-minute: 1000000
              keys:
                - {key: "%s", role: reader, owner: rita}
                - {key: "%s", role: analyst, owner: alice}
                - {key: "%s", role: analyst, owner: bob}
                - {key: "%s", role: admin, owner: root}
            """
                .formatted(READER, ANALYST, OTHER_ANALYST, ADMIN));
    return new ReliabilityApp(
        TestServer.start(
            dataDir,
            config,
            new MutableClock(Instant.parse("2026-11-28T10:00:00Z")),
            Map.of("signaldesk.alerts.webhook-scheduler", "false")));
  }

  URI uri(String pathAndQuery) {
    return server.uri(pathAndQuery);
  }

  int port() {
    return server.port();
  }

  /** Milliseconds each request took, in order; read by the abuse test for its figures. */
  final java.util.List<Long> latencies =
      java.util.Collections.synchronizedList(new java.util.ArrayList<>());

  /**
   * Sends {@code request} with {@code key} as a bearer token (none when null), with a 30 s limit,
   * and records how long it took.
   */
  HttpResponse<String> send(HttpRequest.Builder request, String key) {
    long start = System.nanoTime();
    HttpResponse<String> response = server.send(request.timeout(Duration.ofSeconds(30)), key);
    latencies.add((System.nanoTime() - start) / 1_000_000);
    return response;
  }

  HttpResponse<String> request(String method, String path, String key, String json) {
    return send(JdkHttp.request(uri(path), method, json), key);
  }

  @Override
  public void close() {
    server.close();
  }
}
