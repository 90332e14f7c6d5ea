package dev.signaldesk.api.cli;

import dev.signaldesk.api.conf.DataLayout;
import dev.signaldesk.api.signals.SignalWiring;
import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.indexer.index.ReportIndex;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Opens the index of a data directory for writing, with the same contributors as the server, for
 * the commands that write without a server ({@code import}, {@code crawl}, {@code reindex}). The
 * caller holds the {@link DataDirLock}.
 */
final class WritableIndex {
  private WritableIndex() {}

  static ReportIndex open(Path dataDir, SignalDeskConfig config, Clock clock) {
    return ReportIndex.open(
        new DataLayout(dataDir).index(), config.index(), SignalWiring.contributors(config, clock));
  }
}
