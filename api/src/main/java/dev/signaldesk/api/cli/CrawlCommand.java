package dev.signaldesk.api.cli;

import dev.signaldesk.api.conf.DataLayout;
import dev.signaldesk.api.signals.SignalWiring;
import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.config.SourceConfig;
import dev.signaldesk.crawler.crawl.CrawlRunner;
import dev.signaldesk.crawler.crawl.CrawlSummary;
import dev.signaldesk.crawler.fetch.HttpFetcher;
import dev.signaldesk.indexer.index.ReportIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code signaldesk crawl [--source ID]…}: one pass over the sources of {@code --config} (all
 * enabled ones, or those named), into the archive and the index, under the data-directory lock.
 * Per-page failures are counted in the summary, not fatal.
 */
@Command(
    name = "crawl",
    mixinStandardHelpOptions = true,
    description = "Crawl the configured sources once into the archive and the index.")
final class CrawlCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Spec CommandSpec spec;

  @Option(
      names = "--source",
      paramLabel = "ID",
      description = "Crawl only this source (repeatable)")
  List<String> sources = new ArrayList<>();

  private final Clock clock = Clock.systemUTC();

  @Override
  public Integer call() throws IOException {
    SignalDeskConfig config = data.loadConfig();
    PrintWriter err = spec.commandLine().getErr();
    List<String> configured = config.sources().stream().map(SourceConfig::id).toList();
    if (configured.isEmpty()) {
      err.println(
          "signaldesk crawl: no sources configured; add a 'sources:' list to the file given with"
              + " --config");
      return ExitCodes.USAGE;
    }
    for (String id : sources) {
      if (!configured.contains(id)) {
        err.println("signaldesk crawl: unknown source '" + id + "'; configured: " + configured);
        return ExitCodes.USAGE;
      }
    }
    Path dir = data.dataDir();
    try (DataDirLock lock = DataDirLock.acquire(dir, "crawl", clock);
        ReportIndex index =
            ReportIndex.open(
                new DataLayout(dir).index(),
                config.index(),
                SignalWiring.contributors(config, clock));
        CrawlRunner runner =
            new CrawlRunner(config, dir, index, clock, HttpFetcher.newClient(config.crawler()))) {
      CrawlSummary summary = runner.runOnce(new LinkedHashSet<>(sources));
      spec.commandLine().getOut().print(summary.format());
      return ExitCodes.OK;
    }
  }
}
