package dev.signaldesk.crawler.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Gives every article one URL, so that feed links, shared links and reposts map to the same id.
 *
 * <p>Rules: lower-case scheme and host, default ports and fragments removed, an empty path becomes
 * {@code /}, tracking parameters removed ({@code utm_*}, {@code spm}, click ids, {@code f=rss}, and
 * {@code from}/{@code source} when their value is a traffic-source word such as {@code rss} or
 * {@code timeline}), the remaining parameters sorted by name (stable sort, so repeated names keep
 * their order). WeChat article URLs are https (the site serves nothing else), keep no parameters on
 * {@code /s/<slug>} and only {@code __biz, mid, idx, sn} on {@code /s?...}. Unparseable input is
 * returned trimmed, unchanged.
 */
public final class UrlCanonicalizer {

  private static final Set<String> TRACKING_NAMES =
      Set.of(
          "spm",
          "gclid",
          "fbclid",
          "dclid",
          "msclkid",
          "yclid",
          "mc_cid",
          "mc_eid",
          "igshid",
          "_hsenc",
          "_hsmi",
          "ref_src",
          "ref_url",
          "cmpid",
          "ncid",
          "sr_share",
          "share_token",
          "wt.mc_id",
          "scm",
          "utm");
  private static final Set<String> TRAFFIC_SOURCE_VALUES =
      Set.of(
          "rss",
          "feed",
          "feedly",
          "timeline",
          "singlemessage",
          "groupmessage",
          "message",
          "share",
          "sharing",
          "weibo",
          "wechat",
          "weixin",
          "twitter",
          "facebook",
          "linkedin",
          "email",
          "newsletter",
          "app",
          "ios",
          "android",
          "homepage",
          "home",
          "search",
          "toutiao",
          "baidu",
          "google",
          "bing",
          "36kr",
          "copy",
          "copylink",
          "qq",
          "zhihu");
  private static final String WECHAT_HOST = "mp.weixin.qq.com";
  private static final List<String> WECHAT_KEEP = List.of("__biz", "mid", "idx", "sn");

  /** Returns the canonical form of {@code url}. */
  public static String canonicalize(String url) {
    if (url == null) {
      return null;
    }
    String trimmed = url.trim();
    URI uri;
    try {
      uri = new URI(trimmed);
    } catch (URISyntaxException e) {
      return trimmed;
    }
    if (uri.getScheme() == null || uri.getRawAuthority() == null) {
      return trimmed;
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? authorityHost(uri) : uri.getHost();
    host = host.toLowerCase(Locale.ROOT);
    while (host.endsWith(".")) {
      // every trailing dot, not one: "host.." must not lose one dot per canonicalisation
      host = host.substring(0, host.length() - 1);
    }
    int port = uri.getPort();
    if (host.equals(WECHAT_HOST) && scheme.equals("http")) {
      // mp.weixin.qq.com serves articles over https only; an http og:url or shared link is the
      // same article and must get the same id.
      scheme = "https";
      port = port == 80 ? -1 : port;
    }
    boolean defaultPort =
        port == -1
            || (scheme.equals("http") && port == 80)
            || (scheme.equals("https") && port == 443);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    List<String[]> params = parseQuery(uri.getRawQuery());
    if (host.equals(WECHAT_HOST)) {
      params = weChatParams(path, params);
    } else {
      params.removeIf(UrlCanonicalizer::isTracking);
    }
    params.sort(Comparator.comparing(p -> p[0]));
    StringBuilder out = new StringBuilder(scheme).append("://");
    if (uri.getRawUserInfo() != null) {
      out.append(uri.getRawUserInfo()).append('@');
    }
    out.append(host);
    if (!defaultPort) {
      out.append(':').append(port);
    }
    out.append(path);
    for (int i = 0; i < params.size(); i++) {
      String[] p = params.get(i);
      out.append(i == 0 ? '?' : '&').append(p[0]);
      if (p[1] != null) {
        out.append('=').append(p[1]);
      }
    }
    return out.toString();
  }

  /**
   * Reads the page's declared canonical URL ({@code link rel=canonical}, else {@code og:url}),
   * resolved against the page URL and canonicalised.
   */
  public static Optional<String> declaredCanonical(Document doc) {
    for (String query :
        new String[] {"link[rel~=(?i)^canonical$][href]", "meta[property=og:url]"}) {
      Element el = doc.selectFirst(query);
      if (el == null) {
        continue;
      }
      String abs = el.hasAttr("href") ? el.absUrl("href") : absolute(doc, el.attr("content"));
      if (abs.startsWith("http")) {
        return Optional.of(canonicalize(abs));
      }
    }
    return Optional.empty();
  }

  /** The declared canonical URL if any, else the canonical form of {@code pageUrl}. */
  public static String canonicalFor(Document doc, String pageUrl) {
    return declaredCanonical(doc).orElseGet(() -> canonicalize(pageUrl));
  }

  private static String absolute(Document doc, String href) {
    if (href == null || href.isBlank()) {
      return "";
    }
    try {
      return doc.baseUri().isEmpty()
          ? href.trim()
          : URI.create(doc.baseUri()).resolve(href.trim()).toString();
    } catch (IllegalArgumentException e) {
      return href.trim();
    }
  }

  private static String authorityHost(URI uri) {
    String authority = uri.getRawAuthority();
    int at = authority.lastIndexOf('@');
    String hostPort = at >= 0 ? authority.substring(at + 1) : authority;
    if (hostPort.startsWith("[")) {
      int close = hostPort.indexOf(']');
      return close > 0 ? hostPort.substring(0, close + 1) : hostPort;
    }
    // everything from the first colon is a port, however malformed ("host::"), so that a second
    // canonicalisation sees the same host and the result is stable
    int colon = hostPort.indexOf(':');
    return colon > 0 ? hostPort.substring(0, colon) : hostPort;
  }

  private static List<String[]> parseQuery(String rawQuery) {
    List<String[]> params = new ArrayList<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return params;
    }
    for (String part : rawQuery.split("&")) {
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      params.add(
          eq < 0
              ? new String[] {part, null}
              : new String[] {part.substring(0, eq), part.substring(eq + 1)});
    }
    return params;
  }

  private static List<String[]> weChatParams(String path, List<String[]> params) {
    if (path.startsWith("/s/")) {
      return new ArrayList<>();
    }
    List<String[]> kept = new ArrayList<>();
    for (String[] p : params) {
      if (WECHAT_KEEP.contains(p[0])) {
        kept.add(p);
      }
    }
    return kept;
  }

  private static boolean isTracking(String[] param) {
    String name = param[0].toLowerCase(Locale.ROOT);
    String value = param[1] == null ? "" : param[1].toLowerCase(Locale.ROOT);
    if (name.startsWith("utm_") || TRACKING_NAMES.contains(name)) {
      return true;
    }
    if (name.equals("f")) {
      return value.equals("rss") || value.equals("feed");
    }
    if (name.equals("from") || name.equals("source") || name.equals("ref")) {
      return TRAFFIC_SOURCE_VALUES.contains(value) || value.startsWith("rss");
    }
    return false;
  }

  private UrlCanonicalizer() {}
}
