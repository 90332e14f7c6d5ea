package dev.signaldesk.crawler.source;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An article URL a source found.
 *
 * @param url the URL as found (canonicalised later)
 * @param titleHint the title the listing gave, or null
 * @param publishedHint the date the listing gave (feed pubDate, sitemap lastmod), or null
 * @param prefetched the page when the source already fetched it while looking (jazzyear probing),
 *     else null
 */
public record Candidate(
    String url, String titleHint, OffsetDateTime publishedHint, FetchedPage prefetched) {

  public Candidate {
    Objects.requireNonNull(url, "The 'url' parameter must not be null.");
  }

  public static Candidate of(String url) {
    return new Candidate(url, null, null, null);
  }
}
