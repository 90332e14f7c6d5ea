package dev.signaldesk.api.reliability;

import dev.signaldesk.api.testing.TestServer;
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
    TestServer server =
        TestServer.start(
            Path.of(args[0]),
            Path.of(args[1]),
            Map.of(
                "signaldesk.alerts.webhook-scheduler", "true",
                "signaldesk.alerts.webhook-poll", "50ms"));
    System.out.println("ready " + server.port());
    System.out.flush();
    Thread.currentThread().join();
  }
}
