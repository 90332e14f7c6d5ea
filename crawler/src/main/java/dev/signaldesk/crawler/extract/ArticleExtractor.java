package dev.signaldesk.crawler.extract;

/** Generic article extraction for layouts without a site parser. */
public final class ArticleExtractor {

  /** Extracts the main article from {@code html} fetched from {@code url}. */
  public ExtractedArticle extract(String html, String url) {
    throw new UnsupportedOperationException("skeleton: not implemented yet");
  }
}
