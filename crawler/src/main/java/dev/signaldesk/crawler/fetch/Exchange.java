package dev.signaldesk.crawler.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request and the response it got, as handed to the archive.
 *
 * @param uri the requested URI
 * @param method the request method
 * @param requestHeaders headers sent
 * @param status response status
 * @param responseHeaders response headers as received, except that the body is stored decoded:
 *     {@code Content-Encoding}, {@code Content-Length} and {@code Transfer-Encoding} describe the
 *     wire form and are left to the archive to rewrite
 * @param body the decoded body (possibly truncated)
 * @param truncation why the body is incomplete, or {@link Truncation#NONE}
 * @param fetchedAt when the response started arriving
 */
public record Exchange(
    URI uri,
    String method,
    Map<String, List<String>> requestHeaders,
    int status,
    Map<String, List<String>> responseHeaders,
    byte[] body,
    Truncation truncation,
    Instant fetchedAt) {}
