package dev.signaldesk.crawler.extract.site;

import dev.signaldesk.crawler.extract.ArticleText;
import dev.signaldesk.crawler.extract.ExtractedArticle;
import dev.signaldesk.crawler.extract.PageClassification;
import dev.signaldesk.crawler.extract.PageClassifier;
import dev.signaldesk.crawler.extract.UrlCanonicalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * WeChat official-account articles ({@code mp.weixin.qq.com/s/...}).
 *
 * <p>The body {@code #js_content} is hidden by CSS until scripts run (the text is all there);
 * images carry only {@code data-src}. The visible date {@code #publish_time} is filled by
 * JavaScript and empty in the HTML, so the publish time comes from the inline {@code var ct =
 * "<unix seconds>"}. Deleted and verification pages fail with the classifier's reason.
 */
public final class WeChatArticleParser {

  private static final Pattern CT = Pattern.compile("var\\s+ct\\s*=\\s*[\"'](\\d{9,11})[\"']");
  private final PageClassifier classifier = new PageClassifier();

  /** Parses an article page. */
  public ParseResult<WeChatArticle> parse(String html, String url) {
    PageClassification verdict = classifier.classify(url, 200, html);
    if (!verdict.isContent()) {
      return ParseResult.failed(verdict.verdict() + ": " + verdict.reason());
    }
    Document doc = Jsoup.parse(html == null ? "" : html, url == null ? "" : url);
    Element body = doc.selectFirst("#js_content");
    if (body == null) {
      return ParseResult.failed("no #js_content on " + url);
    }
    Element og = doc.selectFirst("meta[property=og:title]");
    Element heading = doc.selectFirst("#activity-name");
    String title =
        og != null && !og.attr("content").isBlank()
            ? og.attr("content").trim()
            : heading == null ? "" : heading.text().trim();
    String text = ArticleText.of(body, title);
    if (text.isBlank()) {
      return ParseResult.failed("#js_content has no text on " + url);
    }
    Element name = doc.selectFirst("#js_name");
    String account = name == null || name.text().isBlank() ? null : name.text().trim();
    Element authorMeta = doc.selectFirst("meta[name=author]");
    String author =
        authorMeta != null && !authorMeta.attr("content").isBlank()
            ? authorMeta.attr("content").trim()
            : account;
    Element ogUrl = doc.selectFirst("meta[property=og:url]");
    String canonical =
        UrlCanonicalizer.canonicalize(
            ogUrl != null && ogUrl.attr("content").startsWith("http")
                ? ogUrl.attr("content")
                : url);
    ExtractedArticle article =
        new ExtractedArticle(
            title,
            text,
            author,
            publishTime(html),
            ArticleText.language(text),
            canonical,
            weChatLinks(body),
            "wechat");
    return ParseResult.ok(new WeChatArticle(article, account));
  }

  /** {@code var ct = "1714000000"} as +08:00 (WeChat's home zone); null when absent. */
  static OffsetDateTime publishTime(String html) {
    Matcher m = CT.matcher(html == null ? "" : html);
    if (!m.find()) {
      return null;
    }
    return OffsetDateTime.ofInstant(
        Instant.ofEpochSecond(Long.parseLong(m.group(1))), Kr36ArticleParser.CHINA);
  }

  private static List<String> weChatLinks(Element body) {
    Set<String> links = new LinkedHashSet<>();
    for (Element a : body.select("a[href]")) {
      String href = a.absUrl("href");
      if (href.contains("mp.weixin.qq.com/s")) {
        links.add(UrlCanonicalizer.canonicalize(href));
      }
    }
    return new ArrayList<>(links);
  }
}
