package dev.signaldesk.api.conf;

/** The Micronaut properties through which the CLI hands its options to the application. */
public final class ServerProperties {
  /** Absolute path of the data directory (required). */
  public static final String DATA_DIR = "signaldesk.data-dir";

  /** Optional YAML file laid over the bundled defaults. */
  public static final String CONFIG_FILE = "signaldesk.config-file";

  /** Micronaut's own port property. */
  public static final String PORT = "micronaut.server.port";

  private ServerProperties() {}
}
