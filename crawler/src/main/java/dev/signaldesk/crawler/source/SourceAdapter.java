package dev.signaldesk.crawler.source;

import dev.signaldesk.config.SourceConfig;
import dev.signaldesk.crawler.extract.ExtractedArticle;
import dev.signaldesk.crawler.extract.site.ParseResult;

/**
 * One kind of site: where its article URLs come from, and how its article pages are read. The
 * fetching, state, de-duplication and archiving around it are the runner's.
 */
public interface SourceAdapter {

  SourceConfig config();

  default String id() {
    return config().id();
  }

  /** Finds article URLs (listing pages, feeds, sitemaps, probing). Failures go into the result. */
  Discovery discover(SourceContext context);

  /** Reads an article from a content page of this source. */
  ParseResult<ExtractedArticle> parse(FetchedPage page);
}
