package dev.signaldesk.crawler.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads class and id names for hints: words like {@code comment}, {@code share} or {@code related}
 * mark boilerplate, words like {@code article} or {@code content} mark the body.
 *
 * <p>Names are split into tokens ({@code post-comments} → {@code post}, {@code comments}) so that
 * {@code ad} matches {@code ad-slot} but not {@code header} or {@code shadow}. Strong negative
 * tokens win over positive ones ({@code post-comments} is still comments); weak negative ones are
 * overridden by a positive token ({@code article-meta} stays).
 */
final class Boilerplate {

  private static final Pattern SPLIT = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])");
  private static final Set<String> STRONG_EXACT =
      Set.of(
          "ad",
          "ads",
          "adv",
          "advert",
          "adbox",
          "adslot",
          "nav",
          "navbar",
          "menu",
          "footer",
          "aside",
          "sidebar",
          "sidenav",
          "tags",
          "tag",
          "tagcloud",
          "pager",
          "pagination",
          "breadcrumb",
          "breadcrumbs",
          "crumbs",
          "masthead",
          "rss",
          "print",
          "sponsored",
          "banner",
          "xgwz",
          "xgyd",
          "tuijian",
          "pinglun",
          "fenxiang",
          "guanggao",
          "rexiao",
          "paihang",
          "hotnews",
          "most",
          "mostread",
          "trending",
          "popular",
          "outbrain",
          "taboola",
          "disqus",
          "login",
          "signin",
          "signup",
          "copyright",
          "toolbar",
          "dialog",
          "overlay",
          "skip",
          "cookies",
          "gdpr",
          "pull",
          "pullquote",
          "paywall",
          "upsell",
          "feedback",
          "qrcode",
          "wxqr",
          "consent",
          "topbar",
          "rank");
  private static final List<String> STRONG_PREFIX =
      List.of(
          "comment",
          "share",
          "sharing",
          "social",
          "related",
          "recommend",
          "advert",
          "sponsor",
          "newsletter",
          "subscri",
          "promo",
          "sidebar",
          "cookie",
          "popup",
          "modal",
          "widget",
          "breadcrumb",
          "footnav",
          "sitefooter",
          "siteheader",
          "navigation",
          "follow",
          "author-bio",
          "readmore",
          "morestories",
          "jp-relatedposts",
          "yarpp",
          "sharedaddy",
          "addthis",
          "reply",
          "discuss",
          "respond",
          "hotnews",
          "hotlist",
          "bottom");
  private static final Set<String> WEAK_EXACT =
      Set.of(
          "more", "next", "prev", "rank", "hot", "meta", "info", "extra", "tool", "tools", "bio",
          "caption", "header", "head", "top", "side", "links", "byline", "author", "date", "time",
          "source", "credit", "hidden", "small", "note", "notice", "box", "list", "card", "teaser",
          "thumb", "icon");
  private static final Set<String> POSITIVE =
      Set.of(
          "article",
          "articlebody",
          "body",
          "content",
          "entry",
          "main",
          "post",
          "story",
          "text",
          "blog",
          "detail",
          "news",
          "paragraph",
          "prose",
          "richtext",
          "rich",
          "markdown",
          "zw",
          "zhengwen",
          "contents",
          "artical",
          "neirong",
          "js_content");

  enum Hint {
    NEGATIVE,
    WEAK_NEGATIVE,
    NEUTRAL,
    POSITIVE
  }

  static Hint hint(Element el) {
    String names = (el.className() + " " + el.id()).trim();
    if (names.isEmpty()) {
      return Hint.NEUTRAL;
    }
    boolean strong = false;
    boolean weak = false;
    boolean positive = false;
    for (String raw : SPLIT.split(names)) {
      String token = raw.toLowerCase(Locale.ROOT);
      if (token.isEmpty()) {
        continue;
      }
      if (token.equals("commentary")) {
        positive = true;
      } else if (STRONG_EXACT.contains(token) || startsWithAny(token)) {
        strong = true;
      } else if (WEAK_EXACT.contains(token)) {
        weak = true;
      } else if (POSITIVE.contains(token)) {
        positive = true;
      }
    }
    if (strong) {
      return Hint.NEGATIVE;
    }
    if (weak && !positive) {
      return Hint.WEAK_NEGATIVE;
    }
    return positive ? Hint.POSITIVE : Hint.NEUTRAL;
  }

  /**
   * True when a class or id token names article content ({@code entry-content}, {@code
   * article-body}) and none names comments, whatever else the names say.
   */
  static boolean hasPositiveName(Element el) {
    boolean positive = false;
    for (String raw : SPLIT.split((el.className() + " " + el.id()).trim())) {
      String token = raw.toLowerCase(Locale.ROOT);
      if (token.startsWith("comment") || token.startsWith("reply") || token.startsWith("discuss")) {
        return false;
      }
      positive |= POSITIVE.contains(token);
    }
    return positive;
  }

  /** A score adjustment for a container, readability-style: ±25. */
  static int weight(Element el) {
    return switch (hint(el)) {
      case NEGATIVE -> -25;
      case WEAK_NEGATIVE -> -10;
      case NEUTRAL -> 0;
      case POSITIVE -> 25;
    };
  }

  private static boolean startsWithAny(String token) {
    for (String prefix : STRONG_PREFIX) {
      if (token.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private Boilerplate() {}
}
