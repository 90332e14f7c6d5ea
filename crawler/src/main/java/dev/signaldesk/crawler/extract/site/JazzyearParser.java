package dev.signaldesk.crawler.extract.site;

import dev.signaldesk.crawler.extract.ExtractedArticle;
import java.util.List;

/** Jiazi Guangnian (www.jazzyear.com) home and article pages. */
public final class JazzyearParser {

  /** Article ids linked from the home page; fails with a reason for a script-only shell. */
  public ParseResult<List<Long>> parseHome(String html) {
    throw new UnsupportedOperationException("skeleton: not implemented yet");
  }

  /** Parses {@code /article_info.html?id=N}; fails on the soft 404 page. */
  public ParseResult<ExtractedArticle> parseArticle(String html, String url) {
    throw new UnsupportedOperationException("skeleton: not implemented yet");
  }
}
