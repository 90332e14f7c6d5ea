package dev.signaldesk.crawler.extract.site;

import dev.signaldesk.crawler.extract.ExtractedArticle;
import java.util.List;

/** 36Kr article and list pages. */
public final class Kr36ArticleParser {

  /** Parses an article page {@code /p/<id>}. */
  public ParseResult<ExtractedArticle> parseArticle(String html, String url) {
    throw new UnsupportedOperationException("skeleton: not implemented yet");
  }

  /** Parses a list page; ads ({@code itemType} 0) are skipped. */
  public ParseResult<List<Kr36ListItem>> parseList(String html) {
    throw new UnsupportedOperationException("skeleton: not implemented yet");
  }
}
