package dev.signaldesk.crawler.extract.site;

import dev.signaldesk.crawler.extract.ExtractedArticle;

/** WeChat official-account articles (mp.weixin.qq.com/s/...). */
public final class WeChatArticleParser {

  /** Parses an article; fails on deleted and verification pages. */
  public ParseResult<ExtractedArticle> parse(String html, String url) {
    throw new UnsupportedOperationException("skeleton: not implemented yet");
  }

  /** The WeChat account name ({@code #js_name}), if present. */
  public java.util.Optional<String> accountName(String html) {
    throw new UnsupportedOperationException("skeleton: not implemented yet");
  }
}
