package dev.signaldesk.crawler.crawl;

import java.util.List;

/**
 * What one pass over one source did.
 *
 * @param sourceId the source
 * @param discovered URLs seen for the first time
 * @param fetched article pages that answered 2xx
 * @param notModified article pages that answered 304 to a conditional GET
 * @param robotsDenied URLs robots.txt forbids
 * @param blocked captcha, challenge, soft-404 and deleted pages (never indexed)
 * @param errors fetch failures, HTTP errors, truncated bodies, parse failures, listing failures
 * @param newDocuments reports the index did not hold before
 * @param duplicates articles already stored under another URL or with an identical body
 * @param errorMessages one line per error, naming the URL
 */
public record SourceSummary(
    String sourceId,
    int discovered,
    int fetched,
    int notModified,
    int robotsDenied,
    int blocked,
    int errors,
    int newDocuments,
    int duplicates,
    List<String> errorMessages) {

  public SourceSummary {
    errorMessages = List.copyOf(errorMessages);
  }
}
