package dev.signaldesk.crawler.extract.site;

import dev.signaldesk.crawler.extract.ArticleExtractor;
import dev.signaldesk.crawler.extract.ArticleText;
import dev.signaldesk.crawler.extract.ExtractedArticle;
import dev.signaldesk.crawler.extract.UrlCanonicalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
 * Jiazi Guangnian (www.jazzyear.com): home-page cards and {@code /article_info.html?id=N}.
 *
 * <p>The publish date is the byline's {@code span.time} (day precision, Asia/Shanghai). Related
 * article lists on the same page also use {@code span.time}, so only a time outside lists and links
 * counts. Unknown ids answer 200 with the home title {@code 甲子光年|中国科技产业智库} and no article: that is
 * a soft 404, reported as a failure.
 */
public final class JazzyearParser {

  private static final Pattern ARTICLE_ID =
      Pattern.compile("article_info\\.html\\?(?:.*&)?id=(\\d+)");
  private static final Pattern DAY = Pattern.compile("(\\d{4})[-./年](\\d{1,2})[-./月](\\d{1,2})");
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final String SOFT_404_TITLE = "甲子光年|中国科技产业智库";

  private final ArticleExtractor fallback = new ArticleExtractor();

  /** Article ids linked from the home page, in page order; fails for a script-only shell. */
  public ParseResult<List<Long>> parseHome(String html) {
    Document doc = Jsoup.parse(html == null ? "" : html);
    Set<Long> ids = new LinkedHashSet<>();
    for (Element a : doc.select("a[href]")) {
      Matcher m = ARTICLE_ID.matcher(a.attr("href"));
      if (m.find()) {
        ids.add(Long.parseLong(m.group(1)));
      }
    }
    if (!ids.isEmpty()) {
      return ParseResult.ok(List.copyOf(new ArrayList<>(ids)));
    }
    String visible = doc.body() == null ? "" : doc.body().text().trim();
    return ParseResult.failed(
        visible.length() < 50 && !doc.select("script").isEmpty()
            ? "script-only shell: no article_info links (discover ids by probing)"
            : "no article_info.html?id= links on the page");
  }

  /** Parses an article page; fails on the soft 404. */
  public ParseResult<ExtractedArticle> parseArticle(String html, String url) {
    Document doc = Jsoup.parse(html == null ? "" : html, url == null ? "" : url);
    String pageTitle = doc.title().trim();
    if (pageTitle.replace('｜', '|').replace(" ", "").equals(SOFT_404_TITLE)) {
      return ParseResult.failed("soft 404: home title '" + pageTitle + "' on " + url);
    }
    Element og = doc.selectFirst("meta[property=og:title]");
    String title =
        og != null && !og.attr("content").isBlank()
            ? og.attr("content").trim()
            : pageTitle.replaceFirst("\\s*[｜|]\\s*甲子光年\\s*$", "").trim();
    Element content = doc.selectFirst(".article-content, .article-detail, .content-detail");
    ExtractedArticle generic = fallback.extract(doc, url);
    String text = content != null ? ArticleText.of(content, title) : generic.text();
    if (text.isBlank()) {
      return ParseResult.failed("no article text on " + url);
    }
    return ParseResult.ok(
        new ExtractedArticle(
            title,
            text,
            author(doc, generic),
            bylineDay(doc),
            ArticleText.language(text),
            UrlCanonicalizer.canonicalize(url),
            generic.links(),
            content != null ? "jazzyear" : "jazzyear-generic"));
  }

  private static String author(Document doc, ExtractedArticle generic) {
    Element el = doc.selectFirst(".article-info .author, .author");
    if (el != null && !el.text().isBlank()) {
      return el.text().replaceFirst("^(作者|文)\\s*[:：|｜]\\s*", "").trim();
    }
    return generic.author();
  }

  /** The first {@code span.time} that is not part of a list or link (related articles). */
  static OffsetDateTime bylineDay(Document doc) {
    for (Element time : doc.select("span.time")) {
      if (time.parents().is("li, a, ul, ol, .related, .recommend, .hot")) {
        continue;
      }
      Matcher m = DAY.matcher(time.text());
      if (m.find()) {
        try {
          LocalDate day =
              LocalDate.of(
                  Integer.parseInt(m.group(1)),
                  Integer.parseInt(m.group(2)),
                  Integer.parseInt(m.group(3)));
          return day.atStartOfDay(SHANGHAI).toOffsetDateTime();
        } catch (DateTimeException e) {
          return null;
        }
      }
    }
    return null;
  }
}
