package dev.signaldesk.api.reliability;

import dev.signaldesk.api.alerts.MutableClock;
import dev.signaldesk.api.conf.ServerProperties;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The whole application on a fresh data directory with one key per role, the production webhook
 * guard (no private targets) and a rate limit high enough not to interfere. Requests go through a
 * plain JDK client, so every status comes back as a response.
 */
final class ReliabilityApp implements AutoCloseable {
  static final String READER = "reliability-reader-key-0001";
  static final String ANALYST = "reliability-analyst-key-002";
  static final String OTHER_ANALYST = "reliability-analyst-key-003";
  static final String ADMIN = "reliability-admin-key-00004";

  private final ApplicationContext context;
  private final EmbeddedServer server;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private ReliabilityApp(ApplicationContext context, EmbeddedServer server) {
    this.context = context;
    this.server = server;
  }

  static ReliabilityApp start() {
    try {
      Path root = Files.createDirectories(Path.of("target", "reliability-data"));
      Path dataDir = Files.createTempDirectory(root, "data");
      Path config = dataDir.resolveSibling(dataDir.getFileName() + ".yml");
      Files.writeString(
          config,
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
      ApplicationContext context =
          ApplicationContext.builder()
              .deduceEnvironment(false)
              .banner(false)
              .properties(
                  Map.of(
                      ServerProperties.DATA_DIR,
                      dataDir.toAbsolutePath().toString(),
                      ServerProperties.CONFIG_FILE,
                      config.toAbsolutePath().toString(),
                      ServerProperties.PORT,
                      -1,
                      "signaldesk.alerts.webhook-scheduler",
                      "false"))
              .singletons(new MutableClock(Instant.parse("2026-11-28T10:00:00Z")))
              .start();
      EmbeddedServer server = context.getBean(EmbeddedServer.class);
      server.start();
      return new ReliabilityApp(context, server);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  URI uri(String pathAndQuery) {
    return URI.create(server.getURL() + pathAndQuery);
  }

  int port() {
    return server.getPort();
  }

  /** Milliseconds each request took, in order; read by the abuse test for its figures. */
  final java.util.List<Long> latencies =
      java.util.Collections.synchronizedList(new java.util.ArrayList<>());

  /** Sends {@code request} with {@code key} as a bearer token (none when null). */
  HttpResponse<String> send(HttpRequest.Builder request, String key) {
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    long start = System.nanoTime();
    try {
      return timed(
          start,
          http.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> timed(long startNanos, HttpResponse<String> response) {
    latencies.add((System.nanoTime() - startNanos) / 1_000_000);
    return response;
  }

  HttpResponse<String> request(String method, String path, String key, String json) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path));
    if (json == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return send(b, key);
  }

  @Override
  public void close() {
    server.stop();
    context.close();
  }
}
