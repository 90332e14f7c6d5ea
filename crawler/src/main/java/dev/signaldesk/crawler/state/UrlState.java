package dev.signaldesk.crawler.state;

import java.time.Instant;
import java.util.Objects;

/**
 * The crawl state of one URL (keyed by its canonical form).
 *
 * @param url canonical URL
 * @param sourceId the source that found it
 * @param status where it stands
 * @param verdict the classifier's verdict for BLOCKED pages (e.g. {@code CAPTCHA}), else null
 * @param etag ETag of the stored copy, sent back as If-None-Match
 * @param lastModified Last-Modified of the stored copy, sent back as If-Modified-Since
 * @param contentSha256 digest of the stored report's normalised text
 * @param attempts fetches tried since the last success
 * @param lastError the last failure, or null
 * @param nextFetchAt when the URL is due (again); null: not scheduled
 * @param warcFile WARC file of the last response
 * @param warcRecordId WARC record id of the last response
 * @param reportId id of the report in the index
 * @param duplicateOf for DUPLICATE: the URL whose report holds the content
 * @param updatedAt last change of this row
 */
public record UrlState(
    String url,
    String sourceId,
    UrlStatus status,
    String verdict,
    String etag,
    String lastModified,
    String contentSha256,
    int attempts,
    String lastError,
    Instant nextFetchAt,
    String warcFile,
    String warcRecordId,
    String reportId,
    String duplicateOf,
    Instant updatedAt) {

  public UrlState {
    Objects.requireNonNull(url, "The 'url' parameter must not be null.");
    Objects.requireNonNull(sourceId, "The 'sourceId' parameter must not be null.");
    Objects.requireNonNull(status, "The 'status' parameter must not be null.");
    lastError =
        lastError != null && lastError.length() > 2000 ? lastError.substring(0, 2000) : lastError;
  }

  /** A URL just found. */
  public static UrlState discovered(String url, String sourceId, Instant now) {
    return new UrlState(
        url,
        sourceId,
        UrlStatus.DISCOVERED,
        null,
        null,
        null,
        null,
        0,
        null,
        now,
        null,
        null,
        null,
        null,
        now);
  }

  public UrlState withStatus(UrlStatus s, Instant now) {
    return new UrlState(
        url,
        sourceId,
        s,
        verdict,
        etag,
        lastModified,
        contentSha256,
        attempts,
        lastError,
        nextFetchAt,
        warcFile,
        warcRecordId,
        reportId,
        duplicateOf,
        now);
  }

  /** The same state scheduled for {@code at} (null: never fetched on its own). */
  public UrlState withNextFetchAt(Instant at) {
    return new UrlState(
        url,
        sourceId,
        status,
        verdict,
        etag,
        lastModified,
        contentSha256,
        attempts,
        lastError,
        at,
        warcFile,
        warcRecordId,
        reportId,
        duplicateOf,
        updatedAt);
  }

  /** A failure of some kind: status, reason, one more attempt, and when to try again. */
  public UrlState failed(UrlStatus s, String verdict, String error, Instant retryAt, Instant now) {
    return new UrlState(
        url,
        sourceId,
        s,
        verdict,
        etag,
        lastModified,
        contentSha256,
        attempts + 1,
        error,
        retryAt,
        warcFile,
        warcRecordId,
        reportId,
        duplicateOf,
        now);
  }

  /** Stored (or confirmed unchanged): the validators and pointers of the copy now in the index. */
  public UrlState stored(
      UrlStatus s,
      String etag,
      String lastModified,
      String contentSha256,
      String warcFile,
      String warcRecordId,
      String reportId,
      String duplicateOf,
      Instant nextFetchAt,
      Instant now) {
    return new UrlState(
        url,
        sourceId,
        s,
        null,
        etag,
        lastModified,
        contentSha256,
        0,
        null,
        nextFetchAt,
        warcFile,
        warcRecordId,
        reportId,
        duplicateOf,
        now);
  }
}
