package dev.signaldesk.api.alerts;

import dev.signaldesk.api.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

/**
 * The whole application ({@link TestServer}) on a data directory, started and stopped by the test
 * (to restart it on the same directory), with a hand-moved clock and the webhook scheduler off,
 * four keys and an admin key handed over as the environment would.
 */
final class AlertsTestApp implements AutoCloseable {
  static final String ALICE = "alice-analyst-key-0001";
  static final String BOB = "bob-analyst-key-000002";
  static final String CAROL_READER = "carol-reader-key-00003";
  static final String DAVE = "dave-analyst-key-000004";

  /** Handed over as SIGNALDESK_API_KEY would be (Micronaut maps it to signaldesk.api.key). */
  static final String ENV_ADMIN = "env-admin-key-00000005";

  private final TestServer server;

  private AlertsTestApp(TestServer server) {
    this.server = server;
  }

  /** A fresh data directory under {@code target/}. */
  static Path newDataDir() {
    return TestServer.newDataDir("alerts-test-data");
  }

  /** Writes the test configuration: four keys, private webhooks as given, the rate limit. */
  static Path config(Path dataDir, boolean allowPrivate, int ratePerMinute) {
    return config(dataDir, allowPrivate, ratePerMinute, "10s", "15s");
  }

  /**
   * As {@link #config(Path, boolean, int)}, with the shutdown grace and the SSE keep-alive interval
   * (durations such as {@code 500ms}).
   */
  static Path config(
      Path dataDir,
      boolean allowPrivate,
      int ratePerMinute,
      String shutdownGrace,
      String keepAlive) {
    String yaml =
        """
        alerts:
          sse-keep-alive: %s
          webhooks:
            allow-private: %s
            max-attempts: 5
            initial-backoff: 2s
            timeout: 30s
            shutdown-grace: %s
        api:
          rate-limit-per-minute: %d
          keys:
            - {key: "%s", role: analyst, owner: alice}
            - {key: "%s", role: analyst, owner: bob}
            - {key: "%s", role: reader, owner: carol}
            - {key: "%s", role: analyst, owner: dave}
        """
            .formatted(
                keepAlive,
                allowPrivate,
                shutdownGrace,
                ratePerMinute,
                ALICE,
                BOB,
                CAROL_READER,
                DAVE);
    return TestServer.writeConfig(dataDir, yaml);
  }

  static AlertsTestApp start(Path dataDir, Path configFile, MutableClock clock) {
    return start(dataDir, configFile, clock, false);
  }

  /**
   * The usual set-up: a fresh data directory, webhooks allowed to private addresses (the test's
   * loopback receiver) and a rate limit no test reaches; the scheduler off.
   */
  static AlertsTestApp startOnLoopback(MutableClock clock) {
    Path dataDir = newDataDir();
    return start(dataDir, config(dataDir, true, 10_000), clock);
  }

  /**
   * @param scheduler whether the webhook scheduler runs (every 100 ms); off, tests call the
   *     dispatcher themselves
   */
  static AlertsTestApp start(Path dataDir, Path configFile, MutableClock clock, boolean scheduler) {
    return new AlertsTestApp(
        TestServer.start(
            dataDir,
            configFile,
            clock,
            Map.of(
                "signaldesk.alerts.webhook-scheduler",
                Boolean.toString(scheduler),
                "signaldesk.alerts.webhook-poll",
                "100ms",
                "signaldesk.api.key",
                ENV_ADMIN)));
  }

  <T> T bean(Class<T> type) {
    return server.bean(type);
  }

  URI uri(String path) {
    return server.uri(path);
  }

  HttpResponse<String> get(String path, String key) {
    return send(HttpRequest.newBuilder(uri(path)).GET(), key);
  }

  HttpResponse<String> post(String path, String key, String json) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)),
        key);
  }

  HttpResponse<String> send(HttpRequest.Builder request, String key) {
    return server.send(request, key);
  }

  @Override
  public void close() {
    server.close();
  }
}
