package dev.signaldesk.crawler.extract;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Removes what can never be article text before scoring: scripts, forms controls, hidden elements,
 * and page furniture (nav, aside, footer, header, and elements whose class or id says comment,
 * share, related, ad …).
 *
 * <p>Furniture is removed only while it holds a minor part of the page's text: some sites wrap the
 * whole page in a {@code div class="has-sidebar"} or put the article inside a {@code <header>}, and
 * removing those would lose the article. CSS {@code visibility:hidden} is kept on purpose: WeChat
 * hides {@code #js_content} that way until its scripts run.
 */
final class DomCleaner {

  private static final String NEVER_TEXT =
      "script, style, noscript, template, svg, iframe, object, embed, canvas, input, select,"
          + " textarea, button, link, meta, dialog, map, audio, video, source, picture, math";
  private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "header");
  private static final Set<String> FURNITURE_ROLES =
      Set.of("navigation", "complementary", "contentinfo", "banner", "search", "dialog", "menu");

  /** Cleans {@code root} in place. */
  static void clean(Element root) {
    root.select(NEVER_TEXT).remove();
    for (Element el : root.select("[hidden], [aria-hidden=true], [style]")) {
      if (el.hasAttr("hidden")
          || el.attr("aria-hidden").equalsIgnoreCase("true")
          || isDisplayNone(el)) {
        el.remove();
      }
    }
    int total = TextStats.size(root.text());
    for (Element el : root.getAllElements()) {
      if (el == root || el.parent() == null || !isAttached(el, root)) {
        continue;
      }
      if (isFurniture(el) && !holdsArticle(el, total)) {
        el.remove();
      }
    }
  }

  static boolean isFurniture(Element el) {
    String tag = el.normalName();
    if (tag.equals("body") || tag.equals("html") || tag.equals("main") || tag.equals("article")) {
      return false;
    }
    if (el.hasAttr("itemprop") && el.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return false;
    }
    if (FURNITURE_TAGS.contains(tag)) {
      return true;
    }
    if (FURNITURE_ROLES.contains(el.attr("role").toLowerCase(Locale.ROOT))) {
      return true;
    }
    return Boilerplate.hint(el) == Boilerplate.Hint.NEGATIVE;
  }

  private static boolean holdsArticle(Element el, int pageSize) {
    if (Boilerplate.hasPositiveName(el) && substantialParagraphs(el) >= 3) {
      return true; // e.g. "entry-content share-enabled": the body with a plugin's class added
    }
    int size = TextStats.size(el.text());
    if (size < pageSize * 0.4) {
      return false;
    }
    return size >= pageSize * 0.75 || !el.select("article, main, [itemprop=articleBody]").isEmpty();
  }

  private static int substantialParagraphs(Element el) {
    int n = 0;
    for (Element p : el.select("p")) {
      String text = p.text();
      if (TextStats.size(text) >= 100 && TextStats.punctuation(text) >= 2) {
        n++;
      }
    }
    return n;
  }

  private static boolean isDisplayNone(Element el) {
    String style = el.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    return style.contains("display:none");
  }

  private static boolean isAttached(Element el, Element root) {
    for (Element p = el; p != null; p = p.parent()) {
      if (p == root) {
        return true;
      }
    }
    return false;
  }

  private DomCleaner() {}
}
