package dev.signaldesk.config;

import java.util.List;

/**
 * The whole SignalDesk configuration: the bundled defaults ({@code signaldesk-defaults.yml}) with a
 * user file laid over them. Load it with {@link ConfigLoader}.
 */
public record SignalDeskConfig(
    CrawlerConfig crawler,
    List<SourceConfig> sources,
    IndexConfig index,
    SignalsConfig signals,
    AlertsConfig alerts,
    ApiConfig api) {

  public SignalDeskConfig {
    sources = sources == null ? List.of() : List.copyOf(sources);
  }
}
