package dev.signaldesk.api.cli;

import dev.signaldesk.api.conf.ServerProperties;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URL;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The Micronaut application as the CLI runs it: started with the data directory, config file and
 * port as properties, stopped by {@link #close()} or by the JVM shutting down (Ctrl-C, SIGTERM),
 * which closes the context and so commits and closes the index.
 */
final class ApiServer implements AutoCloseable {
  private final ApplicationContext context;
  private final EmbeddedServer server;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Thread shutdownHook;

  private ApiServer(ApplicationContext context, EmbeddedServer server) {
    this.context = context;
    this.server = server;
    this.shutdownHook = new Thread(this::stop, "signaldesk-shutdown");
  }

  /**
   * Starts the context (which opens the index) and the HTTP server.
   *
   * @param configFile null for the bundled defaults
   * @throws RuntimeException as Micronaut reports it; the CLI finds a ConfigException in the chain
   */
  static ApiServer start(Path dataDir, Path configFile, int port) {
    return start(dataDir, configFile, port, Map.of());
  }

  /** As {@link #start(Path, Path, int)}, with further application properties. */
  static ApiServer start(Path dataDir, Path configFile, int port, Map<String, Object> extra) {
    Map<String, Object> props = new HashMap<>(extra);
    props.put(ServerProperties.DATA_DIR, dataDir.toString());
    props.put(ServerProperties.PORT, port);
    if (configFile != null) {
      props.put(ServerProperties.CONFIG_FILE, configFile.toAbsolutePath().toString());
    }
    ApplicationContext context =
        ApplicationContext.builder()
            .deduceEnvironment(false)
            .banner(false)
            .properties(props)
            .start();
    try {
      EmbeddedServer server = context.getBean(EmbeddedServer.class);
      server.start();
      ApiServer running = new ApiServer(context, server);
      Runtime.getRuntime().addShutdownHook(running.shutdownHook);
      return running;
    } catch (RuntimeException e) {
      context.close();
      throw e;
    }
  }

  ApplicationContext context() {
    return context;
  }

  URL url() {
    return server.getURL();
  }

  /** Blocks until the server is stopped, by {@link #close()} or by the JVM shutting down. */
  void awaitStop() throws InterruptedException {
    stopped.await();
  }

  private void stop() {
    try {
      if (server.isRunning()) {
        server.stop();
      }
      if (context.isRunning()) {
        context.close();
      }
    } finally {
      stopped.countDown();
    }
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // The hook is running or has run; it stops the server itself.
    }
    stop();
  }
}
