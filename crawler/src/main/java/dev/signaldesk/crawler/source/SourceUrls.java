package dev.signaldesk.crawler.source;

import java.net.URI;
import java.util.Locale;

/** URL helpers shared by the adapters. */
final class SourceUrls {
  private SourceUrls() {}

  /** {@code path} resolved against the base URL; absolute URLs are returned as they are. */
  static URI resolve(String baseUrl, String path) {
    URI base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  /**
   * Moves a link that points at the site's public host ({@code 36kr.com}, {@code www.jazzyear.com})
   * onto the configured base URL, so a source pointed at a mirror or a test server keeps following
   * its own pages. Links elsewhere are left alone.
   */
  static String rebase(String link, String baseUrl, String siteDomain) {
    try {
      URI u = URI.create(link.trim());
      URI base = URI.create(baseUrl);
      String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
      boolean onSite = host.equals(siteDomain) || host.endsWith("." + siteDomain);
      if (!onSite || host.equalsIgnoreCase(base.getHost())) {
        return u.isAbsolute() ? link.trim() : base.resolve(u).toString();
      }
      String rest =
          (u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath())
              + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
      return base.getScheme() + "://" + base.getRawAuthority() + rest;
    } catch (IllegalArgumentException e) {
      return link.trim();
    }
  }
}
