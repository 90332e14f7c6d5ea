package dev.signaldesk.api.crawl;

import dev.signaldesk.crawler.extract.ArticleExtractor;
import dev.signaldesk.crawler.extract.CharsetDecoder;
import dev.signaldesk.crawler.extract.ExtractedArticle;
import dev.signaldesk.crawler.extract.site.JazzyearParser;
import dev.signaldesk.crawler.extract.site.Kr36Article;
import dev.signaldesk.crawler.extract.site.Kr36ArticleParser;
import dev.signaldesk.crawler.extract.site.ParseResult;
import dev.signaldesk.crawler.extract.site.WeChatArticle;
import dev.signaldesk.crawler.extract.site.WeChatArticleParser;
import io.micronaut.serde.annotation.Serdeable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * Extraction of one saved page, as {@code signaldesk article} runs it: the bytes are decoded like a
 * fetched body (meta charset, else detection), then the site parser the URL's host calls for runs;
 * when it fails (or the host has none) the generic {@link ArticleExtractor} does.
 */
public final class SavedPageExtraction {
  private final CharsetDecoder decoder = new CharsetDecoder();
  private final ArticleExtractor generic = new ArticleExtractor();

  /**
   * @param parser {@code 36kr}, {@code jazzyear}, {@code wechat} or {@code generic}: the parser
   *     whose result this is
   * @param siteParserFailure why the site parser gave up, when the generic one stood in; else null
   */
  public record Result(ExtractedArticle article, String parser, String siteParserFailure) {}

  /**
   * @throws IllegalArgumentException when {@code url} is not an absolute http(s) URL
   */
  public Result extract(byte[] page, String url) {
    String host = host(url);
    String html = decoder.decode(page, null).text();
    String site = siteOf(host);
    ParseResult<ExtractedArticle> parsed =
        switch (site) {
          case "36kr" -> map(new Kr36ArticleParser().parseArticle(html, url), Kr36Article::article);
          case "jazzyear" -> new JazzyearParser().parseArticle(html, url);
          case "wechat" -> map(new WeChatArticleParser().parse(html, url), WeChatArticle::article);
          default -> null;
        };
    if (parsed != null && parsed.isOk()) {
      return new Result(parsed.value(), site, null);
    }
    return new Result(
        generic.extract(html, url),
        parsed == null ? "generic" : site,
        parsed == null ? null : parsed.failure());
  }

  /** The site whose parser handles {@code host}, or {@code generic}. */
  static String siteOf(String host) {
    if (host.equals("36kr.com") || host.endsWith(".36kr.com")) {
      return "36kr";
    }
    if (host.equals("jazzyear.com") || host.endsWith(".jazzyear.com")) {
      return "jazzyear";
    }
    if (host.equals("mp.weixin.qq.com")) {
      return "wechat";
    }
    return "generic";
  }

  private static String host(String url) {
    try {
      URI u = new URI(url);
      if (u.getHost() == null
          || u.getScheme() == null
          || !List.of("http", "https").contains(u.getScheme().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("--url must be an absolute http(s) URL, got " + url);
      }
      return u.getHost().toLowerCase(Locale.ROOT);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("--url is not a valid URL: " + url);
    }
  }

  private static <T> ParseResult<ExtractedArticle> map(
      ParseResult<T> r, java.util.function.Function<T, ExtractedArticle> f) {
    return r.isOk() ? ParseResult.ok(f.apply(r.value())) : ParseResult.failed(r.failure());
  }

  /** The JSON of {@code signaldesk article --json}; the date is an ISO-8601 string with offset. */
  @Serdeable
  public record ArticleView(
      String title,
      String author,
      String publishedAt,
      String language,
      String canonicalUrl,
      String parser,
      String extractor,
      String text,
      List<String> links) {

    public static ArticleView of(ExtractedArticle a, String parser) {
      return new ArticleView(
          a.title(),
          a.author(),
          a.publishedAt() == null ? null : a.publishedAt().toString(),
          a.language(),
          a.canonicalUrl(),
          parser,
          a.extractor(),
          a.text(),
          a.links());
    }
  }
}
