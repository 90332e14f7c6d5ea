package dev.signaldesk.crawler.source;

import dev.signaldesk.config.SourceConfig;
import dev.signaldesk.crawler.extract.ExtractedArticle;
import dev.signaldesk.crawler.extract.site.ParseResult;
import dev.signaldesk.crawler.extract.site.WeChatArticle;
import dev.signaldesk.crawler.extract.site.WeChatArticleParser;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * WeChat official-account articles: the configured URLs, plus WeChat links found in other sources'
 * pages (the runner records those for this source, so they come back as due URLs). Pages are read
 * by {@link WeChatArticleParser}.
 */
public final class WeChatSource extends ConfiguredSource {
  static final String WECHAT_HOST = "mp.weixin.qq.com";

  private final WeChatArticleParser parser = new WeChatArticleParser();

  public WeChatSource(SourceConfig config) {
    super(config);
  }

  @Override
  public Discovery discover(SourceContext context) {
    return new Discovery(config.urls().stream().map(Candidate::of).toList(), List.of());
  }

  /**
   * True for a WeChat article link: on {@code mp.weixin.qq.com}, or on the host of one of this
   * source's configured URLs (a mirror or test server), with a path under {@code /s}.
   */
  public boolean accepts(String link) {
    try {
      URI u = URI.create(link);
      if (u.getHost() == null || u.getPath() == null || !u.getPath().startsWith("/s")) {
        return false;
      }
      String hostPort = hostPort(u);
      if (u.getHost().toLowerCase(Locale.ROOT).equals(WECHAT_HOST)) {
        return true;
      }
      return config.urls().stream().anyMatch(c -> hostPort(URI.create(c)).equals(hostPort));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String hostPort(URI u) {
    return (u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT)) + ":" + u.getPort();
  }

  @Override
  public ParseResult<ExtractedArticle> parse(FetchedPage page) {
    ParseResult<WeChatArticle> r = parser.parse(page.html(), page.url());
    return r.isOk() ? ParseResult.ok(r.value().article()) : ParseResult.failed(r.failure());
  }
}
