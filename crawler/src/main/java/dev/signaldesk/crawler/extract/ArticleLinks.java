package dev.signaldesk.crawler.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Collects links that look like articles: http(s), not a static file, not a section, tag, author or
 * account page, and with a path that identifies one item (a numeric id, a long slug, an {@code
 * .html} page or an {@code id=} parameter). Feeds and the crawler's discovery use these.
 */
final class ArticleLinks {

  private static final int MAX_LINKS = 500;
  private static final Pattern STATIC =
      Pattern.compile(
          "(?i).*\\.(jpe?g|png|gif|webp|svg|css|js|ico|zip|gz|mp3|mp4|woff2?|xml|rss)$");
  private static final Pattern NON_ARTICLE =
      Pattern.compile(
          "(?i).*/(tag|tags|category|categories|topic|topics|author|authors|search|login|signup|"
              + "register|about|contact|privacy|terms|subscribe|newsletter|user|account)(/.*)?$");
  private static final Pattern ITEM =
      Pattern.compile(
          "(?i).*(/\\d{4,}[^/]*/?$|/p/\\d+|\\.s?html?$|[?&](id|aid|articleid|p)=\\d+|"
              + "/[a-z0-9]+(-[a-z0-9]+){3,}/?$|/s/[A-Za-z0-9_-]{10,}$|/s\\?__biz=.*|"
              + "/(19|20)\\d{2}/\\d{1,2}/.+)");

  static List<String> collect(Element root, String selfCanonical) {
    Set<String> out = new LinkedHashSet<>();
    for (Element a : root.select("a[href]")) {
      String abs = a.absUrl("href");
      if (!abs.toLowerCase(Locale.ROOT).startsWith("http")) {
        continue;
      }
      String canonical = UrlCanonicalizer.canonicalize(abs);
      String path = pathAndQuery(canonical);
      if (STATIC.matcher(path.split("\\?")[0]).matches()
          || NON_ARTICLE.matcher(path.split("\\?")[0]).matches()) {
        continue;
      }
      if (ITEM.matcher(path).matches() && !canonical.equals(selfCanonical)) {
        out.add(canonical);
      }
      if (out.size() >= MAX_LINKS) {
        break;
      }
    }
    return new ArrayList<>(out);
  }

  private static String pathAndQuery(String url) {
    int scheme = url.indexOf("://");
    int slash = scheme < 0 ? -1 : url.indexOf('/', scheme + 3);
    return slash < 0 ? "/" : url.substring(slash);
  }

  private ArticleLinks() {}
}
