package dev.signaldesk.api.testing;

import dev.signaldesk.api.conf.ServerProperties;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The whole application started in this JVM the way the CLI starts it: a data directory, a config
 * file and a free port, plus whatever properties the test adds. Tests that need to stop and restart
 * the server on the same directory, or to hit it with raw requests, use it instead of
 * {@code @MicronautTest}. Requests go through a plain JDK client ({@link JdkHttp}), so every status
 * (401, 429, 500) comes back as a response rather than an exception.
 *
 * <p>{@code AlertsTestApp} and {@code ReliabilityApp} wrap it with their keys and configuration;
 * child JVMs ({@code AlertServerChild}) start it the same way.
 */
public final class TestServer implements AutoCloseable {

  private final ApplicationContext context;
  private final EmbeddedServer server;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private TestServer(ApplicationContext context, EmbeddedServer server) {
    this.context = context;
    this.server = server;
  }

  /** A fresh, empty data directory under {@code target/<parent>/}. */
  public static Path newDataDir(String parent) {
    try {
      return Files.createTempDirectory(Files.createDirectories(Path.of("target", parent)), "data");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code yaml} as the config file for {@code dataDir}: beside it (not inside, where the
   * server would see a stray file) as {@code <dataDir>.yml}.
   */
  public static Path writeConfig(Path dataDir, String yaml) {
    try {
      return Files.writeString(dataDir.resolveSibling(dataDir.getFileName() + ".yml"), yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the server on the system clock. */
  public static TestServer start(Path dataDir, Path configFile, Map<String, Object> properties) {
    return start(dataDir, configFile, null, properties);
  }

  /**
   * Starts the server on {@code dataDir} with {@code configFile} on a free port; {@code clock}
   * (when not null) replaces the application's clock, {@code properties} are added to (or override)
   * the start-up ones. A server that fails to start leaves no context behind.
   */
  public static TestServer start(
      Path dataDir, Path configFile, Clock clock, Map<String, Object> properties) {
    Map<String, Object> all = new HashMap<>();
    all.put(ServerProperties.DATA_DIR, dataDir.toAbsolutePath().toString());
    all.put(ServerProperties.CONFIG_FILE, configFile.toAbsolutePath().toString());
    all.put(ServerProperties.PORT, -1);
    all.putAll(properties);
    ApplicationContextBuilder builder =
        ApplicationContext.builder().deduceEnvironment(false).banner(false).properties(all);
    if (clock != null) {
      builder.singletons(clock);
    }
    ApplicationContext context = builder.start();
    try {
      EmbeddedServer server = context.getBean(EmbeddedServer.class);
      server.start();
      return new TestServer(context, server);
    } catch (RuntimeException e) {
      context.close();
      throw e;
    }
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  public URI uri(String pathAndQuery) {
    return URI.create(server.getURL() + pathAndQuery);
  }

  public int port() {
    return server.getPort();
  }

  /** Sends {@code request} with {@code key} as a bearer token (none when null). */
  public HttpResponse<String> send(HttpRequest.Builder request, String key) {
    return JdkHttp.send(http, request, key);
  }

  @Override
  public void close() {
    server.stop();
    context.close();
  }
}
