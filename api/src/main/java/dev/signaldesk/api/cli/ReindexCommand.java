package dev.signaldesk.api.cli;

import dev.signaldesk.api.conf.DataLayout;
import dev.signaldesk.api.crawl.IndexRebuild;
import dev.signaldesk.api.signals.SignalWiring;
import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.indexer.index.ReportIndex;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code signaldesk reindex}: see {@link IndexRebuild}; no network, under the lock. */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuild the index from the WARC archive without touching the network.",
      "Crawled articles are parsed again from their archived responses; chat messages and other"
          + " documents without an archived response are kept and refreshed in place."
    })
final class ReindexCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Spec CommandSpec spec;

  private final Clock clock = Clock.systemUTC();

  @Override
  public Integer call() {
    SignalDeskConfig config = data.loadConfig();
    Path dir = data.dataDir();
    try (DataDirLock lock = DataDirLock.acquire(dir, "reindex", clock);
        ReportIndex index =
            ReportIndex.open(
                new DataLayout(dir).index(),
                config.index(),
                SignalWiring.contributors(config, clock))) {
      IndexRebuild.Result result = new IndexRebuild(config, dir, index).run();
      spec.commandLine().getOut().print(result.format());
      return result.archive().errors().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
    } catch (java.io.IOException e) {
      throw new UserFacingException("cannot close the index: " + e.getMessage(), e);
    }
  }
}
