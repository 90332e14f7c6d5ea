package dev.signaldesk.crawler.archive;

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
    String payloadDigest) {}
