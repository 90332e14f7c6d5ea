package dev.signaldesk.crawler.extract;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The body-text rules of {@link ArticleExtractor}, for site parsers that already know which element
 * (or which HTML fragment) holds the article: nested boilerplate is removed and the text is written
 * as paragraphs separated by blank lines.
 */
public final class ArticleText {

  /** Paragraph text of {@code container}; the element itself is not modified. */
  public static String of(Element container, String title) {
    Element copy = container.clone();
    DomCleaner.clean(copy);
    ContentCleaner.clean(copy, title);
    return ParagraphWriter.join(
        ParagraphWriter.dropTail(ParagraphWriter.paragraphs(List.of(copy), title)));
  }

  /** Paragraph text of an HTML fragment such as 36Kr's {@code widgetContent}. */
  public static String ofHtml(String fragment, String title) {
    return of(Jsoup.parseBodyFragment(fragment == null ? "" : fragment).body(), title);
  }

  /** {@code zh} or {@code en} by the share of CJK characters. */
  public static String language(String text) {
    return TextStats.language(text == null ? "" : text);
  }

  private ArticleText() {}
}
