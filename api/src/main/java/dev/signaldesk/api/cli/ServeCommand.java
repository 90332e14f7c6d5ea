package dev.signaldesk.api.cli;

import dev.signaldesk.api.crawl.CrawlScheduler;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code signaldesk serve}: the HTTP API over an existing data directory, until stopped; sources
 * with a {@code schedule} in {@code --config} are crawled on it ({@code CrawlScheduler}).
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the HTTP API on a data directory until stopped (Ctrl-C).")
final class ServeCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Mixin PortOption port;
  @Spec CommandSpec spec;

  private final Clock clock = Clock.systemUTC();

  @Override
  public Integer call() throws InterruptedException {
    data.loadConfig(); // a bad config file is reported before anything is locked or opened
    Path dir = data.dataDir();
    PrintWriter out = spec.commandLine().getOut();
    try (DataDirLock lock = DataDirLock.acquire(dir, "serve", clock);
        ApiServer server =
            ApiServer.start(dir, data.config, port.port, Map.of(CrawlScheduler.ENABLED, "true"))) {
      out.println("SignalDesk API at " + server.url() + " (data: " + dir + "). Ctrl-C stops it.");
      out.flush();
      server.awaitStop();
    }
    return ExitCodes.OK;
  }
}
