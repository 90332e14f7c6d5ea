package dev.signaldesk.crawler.state;

/** Where one URL stands in the crawl. */
public enum UrlStatus {
  /** Known, not yet fetched (or fetched but not yet committed to the index). */
  DISCOVERED,
  /** Fetched and committed to the index. */
  FETCHED,
  /** Re-fetched conditionally; the server said 304. */
  NOT_MODIFIED,
  /** The URL only redirects elsewhere; the target has its own row. */
  REDIRECT,
  /** robots.txt forbids it. */
  ROBOTS_DENIED,
  /** The site answered with a captcha, challenge, soft 404 or deleted page (see the verdict). */
  BLOCKED,
  /** No usable response: timeout, connection error, HTTP error status, truncated body. */
  FETCH_ERROR,
  /** A response arrived but no article could be extracted from it. */
  PARSE_ERROR,
  /** The same article as another URL (same canonical URL or identical body). */
  DUPLICATE;

  /** True when the URL's content is in the index (or known to be identical to indexed content). */
  public boolean isStored() {
    return this == FETCHED || this == NOT_MODIFIED || this == DUPLICATE;
  }
}
