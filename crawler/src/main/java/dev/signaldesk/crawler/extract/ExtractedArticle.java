package dev.signaldesk.crawler.extract;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An article as extracted from one HTML page.
 *
 * @param title headline without the site-name suffix
 * @param text body text, paragraphs separated by one blank line
 * @param author byline, account or author meta; null if unknown
 * @param publishedAt publish time with the zone the page gave; null if unknown
 * @param language {@code zh} or {@code en}, decided by the share of CJK characters in the body
 * @param canonicalUrl canonical URL ({@code link rel=canonical} if present, else the page URL),
 *     normalised by {@link UrlCanonicalizer}
 * @param links absolute, article-like links found on the page (deduplicated, in page order)
 * @param extractor which rule produced the body, e.g. {@code json-ld}, {@code itemprop}, {@code
 *     density}, {@code 36kr-state}
 */
public record ExtractedArticle(
    String title,
    String text,
    String author,
    OffsetDateTime publishedAt,
    String language,
    String canonicalUrl,
    List<String> links,
    String extractor) {

  public ExtractedArticle {
    title = title == null ? "" : title;
    text = text == null ? "" : text;
    links = links == null ? List.of() : List.copyOf(links);
  }

  /** Returns a copy with another extractor name (site parsers mark their fallbacks this way). */
  public ExtractedArticle withExtractor(String name) {
    return new ExtractedArticle(
        title, text, author, publishedAt, language, canonicalUrl, links, name);
  }
}
