package dev.signaldesk.crawler.extract.site;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signaldesk.crawler.extract.ArticleText;
import dev.signaldesk.crawler.extract.EmbeddedJson;
import dev.signaldesk.crawler.extract.ExtractedArticle;
import dev.signaldesk.crawler.extract.UrlCanonicalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * 36Kr article ({@code /p/<id>}) and list pages.
 *
 * <p>Article pages carry {@code window.initialState=} followed by more JavaScript; exactly one JSON
 * value is read from there ({@link EmbeddedJson}) and {@code articleDetail.articleDetailData.data}
 * gives {@code widgetTitle}, {@code widgetContent} (HTML), {@code author}, {@code publishTime}
 * (epoch ms, shown at +08:00) and {@code summary}. When the state is encrypted ({@code
 * {"state":"…","isEncrypt":true}}), missing or malformed, the DOM is read instead: {@code
 * h1.article-title}, {@code div.articleDetailContent}, {@code
 * meta[property=article:published_time]}.
 */
public final class Kr36ArticleParser {

  static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
  private static final String STATE = "window.initialState";

  /** Parses an article page; fails when neither the state nor the DOM holds an article. */
  public ParseResult<Kr36Article> parseArticle(String html, String url) {
    Document doc = Jsoup.parse(html == null ? "" : html, url == null ? "" : url);
    String canonical = UrlCanonicalizer.canonicalFor(doc, url);
    EmbeddedJson.Read read = EmbeddedJson.assignedTo(html, STATE);
    String problem = read.problem();
    if (read.found()) {
      JsonNode state = read.value();
      if (state.path("isEncrypt").asBoolean(false)) {
        problem = "state is encrypted";
      } else {
        JsonNode data = state.at("/articleDetail/articleDetailData/data");
        String content = data.path("widgetContent").asText("");
        if (!content.isBlank()) {
          String title = data.path("widgetTitle").asText("").trim();
          String text = ArticleText.ofHtml(content, title);
          ExtractedArticle article =
              new ExtractedArticle(
                  title,
                  text,
                  blankToNull(data.path("author").asText(null)),
                  epochMillis(data.path("publishTime")),
                  ArticleText.language(text),
                  canonical,
                  List.of(),
                  "36kr-state");
          return ParseResult.ok(
              new Kr36Article(article, blankToNull(data.path("summary").asText(null)), null));
        }
        problem = "state has no articleDetail.articleDetailData.data.widgetContent";
      }
    }
    return fromDom(doc, canonical, problem);
  }

  /** Parses a list page; ads ({@code itemType} 0) and entries without an id are skipped. */
  public ParseResult<List<Kr36ListItem>> parseList(String html) {
    EmbeddedJson.Read read = EmbeddedJson.assignedTo(html, STATE);
    if (!read.found()) {
      return ParseResult.failed("36Kr list page: " + read.problem());
    }
    if (read.value().path("isEncrypt").asBoolean(false)) {
      return ParseResult.failed("36Kr list page: state is encrypted");
    }
    JsonNode list = read.value().at("/information/informationList/itemList");
    if (!list.isArray()) {
      return ParseResult.failed("36Kr list page: no information.informationList.itemList");
    }
    List<Kr36ListItem> items = new ArrayList<>();
    for (JsonNode item : list) {
      if (item.path("itemType").asInt(-1) == 0) {
        continue; // advertisement
      }
      long id = item.path("itemId").asLong(0);
      if (id <= 0) {
        continue;
      }
      JsonNode material = item.path("templateMaterial");
      items.add(
          new Kr36ListItem(
              id,
              material.path("widgetTitle").asText("").trim(),
              epochMillis(
                  material.has("publishTime")
                      ? material.path("publishTime")
                      : item.path("publishTime")),
              "https://www.36kr.com/p/" + id));
    }
    return ParseResult.ok(List.copyOf(items));
  }

  private static ParseResult<Kr36Article> fromDom(Document doc, String canonical, String problem) {
    Element content = doc.selectFirst("div.articleDetailContent");
    Element h1 = doc.selectFirst("h1.article-title");
    if (content == null || content.text().isBlank()) {
      return ParseResult.failed(
          "36Kr article: " + problem + ", and no div.articleDetailContent in the DOM");
    }
    String title =
        h1 == null ? doc.title().replaceFirst("[-_|｜]\\s*36氪$", "").trim() : h1.text().trim();
    String text = ArticleText.of(content, title);
    Element authorLink =
        doc.selectFirst(".article-title-wrapper a.title-icon-item, a.title-icon-item");
    Element authorMeta = doc.selectFirst("meta[name=author]");
    String author =
        authorMeta != null
            ? authorMeta.attr("content")
            : authorLink != null ? authorLink.text() : null;
    ExtractedArticle article =
        new ExtractedArticle(
            title,
            text,
            blankToNull(author),
            isoMeta(doc),
            ArticleText.language(text),
            canonical,
            List.of(),
            "36kr-dom");
    return ParseResult.ok(new Kr36Article(article, null, problem));
  }

  private static OffsetDateTime isoMeta(Document doc) {
    Element meta = doc.selectFirst("meta[property=article:published_time]");
    if (meta == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(meta.attr("content").trim());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static OffsetDateTime epochMillis(JsonNode value) {
    if (value == null || value.isMissingNode() || value.isNull()) {
      return null;
    }
    long ms = value.asLong(0);
    return ms <= 0 ? null : OffsetDateTime.ofInstant(Instant.ofEpochMilli(ms), CHINA);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
