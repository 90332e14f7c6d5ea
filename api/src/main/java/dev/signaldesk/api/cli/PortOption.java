package dev.signaldesk.api.cli;

import picocli.CommandLine.Option;

/** The HTTP port of the commands that serve the API. */
final class PortOption {
  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8080",
      description = "HTTP port (0 picks a free one). Default: ${DEFAULT-VALUE}")
  int port;
}
