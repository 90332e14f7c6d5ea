package dev.signaldesk.crawler.source;

import dev.signaldesk.crawler.extract.ArticleExtractor;
import dev.signaldesk.crawler.extract.ExtractedArticle;
import dev.signaldesk.crawler.extract.site.ParseResult;

/** The generic extractor as a site parser: an empty body is a failure, not an article. */
public final class GenericArticles {
  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

  private GenericArticles() {}

  /** Reads any article page with the generic {@link ArticleExtractor}. */
  public static ParseResult<ExtractedArticle> extract(FetchedPage page) {
    return extract(EXTRACTOR, page);
  }

  static ParseResult<ExtractedArticle> extract(ArticleExtractor extractor, FetchedPage page) {
    try {
      ExtractedArticle a = extractor.extract(page.html(), page.url());
      if (a == null || a.text().isBlank()) {
        return ParseResult.failed("no article text found");
      }
      return ParseResult.ok(a);
    } catch (RuntimeException e) {
      return ParseResult.failed("extractor failed: " + e);
    }
  }
}
