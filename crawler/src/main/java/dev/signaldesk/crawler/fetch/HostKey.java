package dev.signaldesk.crawler.fetch;

import java.net.URI;
import java.util.Locale;

/** {@code scheme:host:port} with the default port filled in: the unit of politeness. */
public final class HostKey {
  private HostKey() {}

  public static String of(URI uri) {
    String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    if (port < 0) {
      port = "https".equals(scheme) ? 443 : 80;
    }
    return scheme + ":" + host + ":" + port;
  }
}
