package dev.signaldesk.crawler.extract;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Title, author and publish time of a page, from metadata first and visible text second. */
final class PageMetadata {

  private static final Pattern TITLE_SEPARATOR =
      Pattern.compile(
          "\\s+[|\\-–—_»·:]\\s+|\\s*[｜|_]\\s*|\\s+-\\s*|-(?=[0-9A-Za-z]*\\p{IsHan}[^-]{0,10}$)");
  private static final Pattern CHINESE_BYLINE =
      Pattern.compile("(?:作者|记者|撰文|文)\\s*[:：|｜/]\\s*([\\p{IsHan}A-Za-z·]{2,12})");
  private static final Pattern ENGLISH_BYLINE =
      Pattern.compile("\\s*[Bb]y\\s+([A-Z][\\p{L}.'-]+(?:\\s+(?:and\\s+)?[A-Z][\\p{L}.'-]+){0,4})");
  private static final String[] DATE_META = {
    "meta[property=article:published_time]",
    "meta[itemprop=datePublished]",
    "meta[name=pubdate]",
    "meta[name=publishdate]",
    "meta[name=publish-date]",
    "meta[name=date]",
    "meta[name=parsely-pub-date]",
    "meta[name=sailthru.date]",
    "meta[property=og:published_time]",
    "meta[name=dc.date]",
    "meta[name=DC.date.issued]"
  };

  static String title(Document doc, JsonLdArticle ld) {
    Element h1 = doc.selectFirst("h1");
    String h1Text = h1 == null ? "" : ParagraphWriter.normalise(h1.text());
    String og = attr(doc, "meta[property=og:title]", "content");
    String titleTag = ParagraphWriter.normalise(doc.title());
    String headline = ld == null || ld.headline() == null ? "" : ld.headline();
    for (String candidate : new String[] {og, headline, titleTag}) {
      if (!h1Text.isEmpty() && !candidate.isEmpty() && candidate.contains(h1Text)) {
        return h1Text;
      }
    }
    if (!og.isEmpty()) {
      return stripSiteName(og);
    }
    if (!headline.isEmpty()) {
      return headline;
    }
    if (!h1Text.isEmpty()) {
      return h1Text;
    }
    return stripSiteName(titleTag);
  }

  /** Removes a trailing (or leading) site name: keeps the longest part around the separator. */
  static String stripSiteName(String title) {
    String[] parts = TITLE_SEPARATOR.split(title.trim());
    if (parts.length < 2) {
      return title.trim();
    }
    String best = parts[0];
    for (String part : parts) {
      if (TextStats.size(part) > TextStats.size(best)) {
        best = part;
      }
    }
    // only split when the kept part is clearly the headline, not a fragment of it
    return TextStats.size(best) * 2 >= TextStats.size(title) ? best.trim() : title.trim();
  }

  static String author(Document doc, JsonLdArticle ld) {
    String meta = attr(doc, "meta[name=author]", "content");
    if (!meta.isEmpty()) {
      return meta;
    }
    String articleAuthor = attr(doc, "meta[property=article:author]", "content");
    if (!articleAuthor.isEmpty() && !articleAuthor.startsWith("http")) {
      return articleAuthor;
    }
    if (ld != null && ld.author() != null) {
      return ld.author();
    }
    Element named =
        doc.selectFirst(
            "[itemprop=author] [itemprop=name], [itemprop=author], [rel=author], .author-name,"
                + " .byline-name, .author, .byline");
    if (named != null && !named.text().isBlank() && named.text().length() < 80) {
      return named.text().replaceFirst("^(?i)by\\s+", "").trim();
    }
    // bylines are short lines of their own; matching across the joined page text would run on
    // into the next paragraph
    for (Element el : doc.select("p, span, div, td, em, i, font")) {
      String own = el.ownText();
      if (own.isBlank() || el.text().length() > 120) {
        continue;
      }
      Matcher zh = CHINESE_BYLINE.matcher(el.text());
      if (zh.find()) {
        return zh.group(1);
      }
      Matcher en = ENGLISH_BYLINE.matcher(el.text());
      if (en.lookingAt() || (en.find() && en.start() == 0)) {
        return en.group(1);
      }
    }
    return null;
  }

  static OffsetDateTime published(Document doc, JsonLdArticle ld, String title, ZoneOffset offset) {
    for (String query : DATE_META) {
      Optional<OffsetDateTime> d = DateTexts.parseMachine(attr(doc, query, "content"), offset);
      if (d.isPresent()) {
        return d.get();
      }
    }
    if (ld != null) {
      Optional<OffsetDateTime> d = DateTexts.parseMachine(ld.datePublished(), offset);
      if (d.isPresent()) {
        return d.get();
      }
    }
    Element time =
        doc.selectFirst("time[pubdate][datetime], article time[datetime], time[datetime]");
    if (time != null && !insideFurniture(time)) {
      Optional<OffsetDateTime> d = DateTexts.parseMachine(time.attr("datetime"), offset);
      if (d.isPresent()) {
        return d.get();
      }
    }
    return nearTitle(doc, title, offset).orElse(null);
  }

  /** A visible date shortly after the headline, the usual place of a byline. */
  private static Optional<OffsetDateTime> nearTitle(Document doc, String title, ZoneOffset offset) {
    Element h1 = doc.selectFirst("h1");
    Element anchor = h1;
    for (int i = 0; anchor != null && i < 3; i++, anchor = anchor.parent()) {
      String text = anchor.text();
      int at = h1 == null ? -1 : text.indexOf(h1.text());
      int from = at < 0 ? 0 : at + h1.text().length();
      String window = text.substring(from, Math.min(text.length(), from + 300));
      Optional<OffsetDateTime> d = DateTexts.findInText(window, offset);
      if (d.isPresent()) {
        return d;
      }
    }
    for (Element el :
        doc.select("[class~=(?i)date|time|pub|byline|meta|info], [id~=(?i)date|time|pub]")) {
      if (!insideFurniture(el) && el.text().length() < 200) {
        Optional<OffsetDateTime> d = DateTexts.findInText(el.text(), offset);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean insideFurniture(Element el) {
    for (Element p = el; p != null; p = p.parent()) {
      if (DomCleaner.isFurniture(p) && !p.normalName().equals("header")) {
        return true;
      }
    }
    return false;
  }

  static String attr(Document doc, String query, String attribute) {
    Element el = doc.selectFirst(query);
    return el == null ? "" : ParagraphWriter.normalise(el.attr(attribute));
  }

  private PageMetadata() {}
}
