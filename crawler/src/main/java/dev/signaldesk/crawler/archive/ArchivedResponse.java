package dev.signaldesk.crawler.archive;

import dev.signaldesk.crawler.fetch.ArchiveRef;
import dev.signaldesk.crawler.fetch.FetchResult;
import dev.signaldesk.crawler.fetch.Truncation;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One response read back from a WARC file.
 *
 * @param warcFile file name relative to the archive directory
 * @param recordId the response record's {@code WARC-Record-ID}, angle brackets included
 * @param targetUri {@code WARC-Target-URI}
 * @param date {@code WARC-Date}
 * @param status HTTP status
 * @param headers HTTP headers as archived
 * @param contentType the HTTP Content-Type, or null
 * @param body the stored (decoded) body
 * @param truncated true when the record says the body is incomplete
 * @param payloadDigest {@code WARC-Payload-Digest}, e.g. {@code sha1:...}, or null
 */
public record ArchivedResponse(
    String warcFile,
    String recordId,
    URI targetUri,
    Instant date,
    int status,
    Map<String, List<String>> headers,
    String contentType,
    byte[] body,
    boolean truncated,
    String payloadDigest) {

  /**
   * The response as a single-hop fetch of its target URL (no redirects, no retries), pointing back
   * at this record, so archived pages go through the same classification and parsing as fetched
   * ones.
   */
  public FetchResult asFetchResult() {
    return new FetchResult(
        targetUri,
        targetUri,
        status,
        headers,
        body,
        date,
        truncated ? Truncation.LENGTH : Truncation.NONE,
        List.of(),
        null,
        null,
        1,
        new ArchiveRef(warcFile, recordId));
  }
}
