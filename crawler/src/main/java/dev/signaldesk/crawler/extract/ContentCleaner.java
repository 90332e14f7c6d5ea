package dev.signaldesk.crawler.extract;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Removes boilerplate nested inside the chosen article container: link lists ("related stories"),
 * image galleries without text, forms, tiny fragments without a sentence ("ADVERTISEMENT",
 * "Share"), and the title heading repeated inside the body.
 *
 * <p>Only containers that are not themselves text-heavy are judged (fewer than ten punctuation
 * marks), so a long paragraph with many links in it is never dropped.
 */
final class ContentCleaner {

  private static final String JUDGED =
      "div, section, ul, ol, table, form, fieldset, figure, aside, dl, span";

  /**
   * Containers judged at most. Judging reads each container's text, and every removal makes jsoup
   * re-index the siblings, so the pass is quadratic in the container count: a hostile page of
   * 100,000 nested or sibling {@code <div>}s took half a minute. Real article bodies hold a few
   * hundred; past this limit the container is left uncleaned rather than judged.
   */
  static final int MAX_JUDGED = 2_000;

  static void clean(Element container, String title) {
    container
        .select("figcaption, h1, blockquote.twitter-tweet, blockquote.instagram-media")
        .remove();
    for (Element caption : container.select("[class~=(?i)caption|credit]")) {
      // captions and photo credits describe pictures, not the story
      if (caption != container && TextStats.size(caption.text()) < 300) {
        caption.remove();
      }
    }
    List<Element> judged = container.select(JUDGED);
    if (judged.size() > MAX_JUDGED) {
      judged = List.of();
    }
    // deepest first, so a parent is judged after its boilerplate children are gone
    for (int i = judged.size() - 1; i >= 0; i--) {
      Element el = judged.get(i);
      if (el == container || el.parent() == null) {
        continue;
      }
      if (shouldRemove(el)) {
        el.remove();
      }
    }
    for (Element p : container.select("p")) {
      // a paragraph that is nothing but one short link is a "more like this" entry
      String text = p.text();
      if (!text.isBlank()
          && TextStats.size(text) < 80
          && TextStats.linkDensity(p) > 0.95
          && !TextStats.isSentenceEnd(text.codePointBefore(text.length()))) {
        p.remove();
      }
    }
    if (title != null && !title.isBlank()) {
      for (Element h : container.select("h2, h3, p, div")) {
        if (h.children().isEmpty() && h.text().trim().equals(title.trim())) {
          h.remove();
        }
      }
    }
  }

  private static boolean shouldRemove(Element el) {
    String text = el.text();
    int size = TextStats.size(text);
    String tag = el.normalName();
    if (tag.equals("span")) {
      return size > 0
          && size < 60
          && TextStats.linkDensity(el) > 0.9
          && el.parent().children().size() > 1
          && !el.parent().normalName().equals("p");
    }
    int punct = TextStats.punctuation(text);
    if (punct >= 10) {
      return false;
    }
    int weight = Boilerplate.weight(el);
    if (weight < 0 && !(size > 200 && punct > 3)) {
      return true;
    }
    int paragraphs = el.select("p").size();
    if (paragraphs >= 2 && allStartWithLink(el)) {
      return true; // a teaser module: "<a>Headline</a> one-line summary" per paragraph
    }
    int images = el.select("img").size();
    int items = el.select("li").size();
    double ld = TextStats.linkDensity(el);
    boolean list = tag.equals("ul") || tag.equals("ol");
    if (size == 0) {
      return true;
    }
    if (images > 1 && paragraphs * 2 < images && size < 200) {
      return true;
    }
    if (!list && items > paragraphs + 2 && ld > 0.3) {
      return true;
    }
    if (list && ld > 0.5) {
      return true;
    }
    if (weight < 25 && ld > 0.33 && size < 600) {
      return true;
    }
    if (weight >= 25 && ld > 0.5) {
      return true;
    }
    boolean sentence = TextStats.isSentenceEnd(text.trim().codePointBefore(text.trim().length()));
    return size < 25 && !sentence && paragraphs == 0 && !list;
  }

  private static boolean allStartWithLink(Element el) {
    for (Element p : el.select("p")) {
      Element first = p.firstElementChild();
      String before = first == null ? p.text() : textBefore(p, first);
      if (first == null
          || !before.isBlank()
          || !(first.is("a") || first.is("strong:has(a), b:has(a)"))) {
        return false;
      }
    }
    return true;
  }

  private static String textBefore(Element p, Element child) {
    StringBuilder sb = new StringBuilder();
    for (org.jsoup.nodes.Node n : p.childNodes()) {
      if (n == child) {
        break;
      }
      if (n instanceof org.jsoup.nodes.TextNode t) {
        sb.append(t.text());
      }
    }
    return sb.toString();
  }

  private ContentCleaner() {}
}
