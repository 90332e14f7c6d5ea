package dev.signaldesk.crawler.crawl;

import dev.signaldesk.crawler.extract.ExtractedArticle;
import dev.signaldesk.crawler.extract.UrlCanonicalizer;
import dev.signaldesk.crawler.fetch.ArchiveRef;
import dev.signaldesk.model.Provenance;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportIds;
import dev.signaldesk.model.ReportKind;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Turns an extracted article into the NEWS report the sink stores. */
final class ReportFactory {
  private ReportFactory() {}

  /**
   * @param canonicalUrl the article's canonical URL (the report id derives from it)
   * @param fetchedUrl the URL the page was served from
   * @param titleHint the listing's title, used when the page gave none
   * @param publishedHint the listing's date, used when the page gave none
   * @param archive where the response is archived (may be null when archiving failed)
   */
  static Report news(
      String sourceId,
      ExtractedArticle a,
      String canonicalUrl,
      String fetchedUrl,
      String titleHint,
      OffsetDateTime publishedHint,
      Instant fetchedAt,
      String contentType,
      ArchiveRef archive) {
    OffsetDateTime published = a.publishedAt() != null ? a.publishedAt() : publishedHint;
    String title = a.title() == null || a.title().isBlank() ? titleHint : a.title();
    return new Report(
        ReportIds.forUrl(canonicalUrl),
        sourceId,
        ReportKind.NEWS,
        fetchedUrl,
        canonicalUrl,
        title,
        a.text(),
        a.author(),
        a.language(),
        published == null ? null : published.toInstant(),
        fetchedAt,
        contentDigest(a.text()),
        Provenance.crawled(
            contentType,
            archive == null ? null : archive.warcFile(),
            archive == null ? null : archive.recordId()),
        null);
  }

  /**
   * The article's declared canonical URL, else the canonical form of the URL it was served from.
   */
  static String canonicalOf(ExtractedArticle a, String pageUrl) {
    return a.canonicalUrl() == null || a.canonicalUrl().isBlank()
        ? UrlCanonicalizer.canonicalize(pageUrl)
        : a.canonicalUrl();
  }

  /** The digest that recognises identical bodies: SHA-256 of the normalised text. */
  static String contentDigest(String text) {
    return ReportIds.sha256Hex(ReportIds.normaliseText(text == null ? "" : text));
  }
}
