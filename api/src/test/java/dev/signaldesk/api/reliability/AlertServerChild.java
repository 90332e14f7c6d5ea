package dev.signaldesk.api.reliability;

import dev.signaldesk.api.conf.ServerProperties;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.util.Map;

/**
 * The child JVM of {@link AlertDeliveryCrashTest}: the whole server on a data directory, with the
 * webhook scheduler delivering every 50 ms. Prints {@code ready <port>} once it serves, then runs
 * until the parent kills it.
 *
 * <p>Arguments: data directory, config file.
 */
public final class AlertServerChild {

  private AlertServerChild() {}

  public static void main(String[] args) throws InterruptedException {
    ApplicationContext context =
        ApplicationContext.builder()
            .deduceEnvironment(false)
            .banner(false)
            .properties(
                Map.of(
                    ServerProperties.DATA_DIR,
                    Path.of(args[0]).toAbsolutePath().toString(),
                    ServerProperties.CONFIG_FILE,
                    Path.of(args[1]).toAbsolutePath().toString(),
                    ServerProperties.PORT,
                    -1,
                    "signaldesk.alerts.webhook-scheduler",
                    "true",
                    "signaldesk.alerts.webhook-poll",
                    "50ms"))
            .start();
    EmbeddedServer server = context.getBean(EmbeddedServer.class);
    server.start();
    System.out.println("ready " + server.getPort());
    System.out.flush();
    Thread.currentThread().join();
  }
}
