package dev.signaldesk.api.ui;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Reduces a highlighter snippet to escaped text plus bare {@code <mark>} elements: the only HTML
 * the UI renders unescaped. The snippet is escaped already, but a page should not trust that.
 */
public final class MarkOnly {
  private static final Safelist MARK = Safelist.none().addTags("mark");
  private static final Document.OutputSettings OUTPUT =
      new Document.OutputSettings().prettyPrint(false);

  private MarkOnly() {}

  public static String clean(String snippet) {
    if (snippet == null || snippet.isEmpty()) {
      return "";
    }
    return Jsoup.clean(snippet, "", MARK, OUTPUT);
  }
}
