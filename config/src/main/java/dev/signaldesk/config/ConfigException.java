package dev.signaldesk.config;

/** Invalid configuration: names the key (e.g. {@code crawler.min-delay}) and the reason. */
public class ConfigException extends RuntimeException {
  private final String key;

  public ConfigException(String key, String reason) {
    super(key + ": " + reason);
    this.key = key;
  }

  public ConfigException(String key, String reason, Throwable cause) {
    super(key + ": " + reason, cause);
    this.key = key;
  }

  /** The dotted key the problem is at, or the file name when the file itself is unreadable. */
  public String key() {
    return key;
  }
}
