package dev.signaldesk.crawler.source;

import dev.signaldesk.config.SourceConfig;
import java.util.Objects;

/** What every adapter has: the configuration it was built from. */
abstract class ConfiguredSource implements SourceAdapter {
  protected final SourceConfig config;

  ConfiguredSource(SourceConfig config) {
    this.config = Objects.requireNonNull(config, "The 'config' parameter must not be null.");
  }

  @Override
  public final SourceConfig config() {
    return config;
  }
}
