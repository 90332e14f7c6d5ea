package dev.signaldesk.api.cli;

import dev.signaldesk.config.ConfigLoader;
import dev.signaldesk.config.SignalDeskConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command shares: where the data lives and which config file to lay over. */
final class DataOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Data directory (index, archive, lock file). Default: ./data")
  Path data;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "YAML file laid over the bundled defaults")
  Path config;

  /** The data directory given, or {@code fallback} when none was. */
  Path dataDir(Path fallback) {
    return (data != null ? data : fallback).toAbsolutePath().normalize();
  }

  Path dataDir() {
    return dataDir(Path.of("data"));
  }

  /**
   * @throws dev.signaldesk.config.ConfigException for an unreadable file or an invalid setting
   */
  SignalDeskConfig loadConfig() {
    return new ConfigLoader().load(config);
  }
}
