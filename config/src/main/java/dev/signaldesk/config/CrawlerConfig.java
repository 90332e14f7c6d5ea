package dev.signaldesk.config;

import java.time.Duration;

/**
 * How the crawler fetches. Every duration is written like {@code 2s}, {@code 500ms}, {@code 30m}.
 *
 * @param userAgent User-Agent header sent with every request, robots.txt matched against it
 * @param minDelay minimum time between two requests to one host (default 2 s)
 * @param maxCrawlDelay cap on a robots.txt Crawl-delay (default 30 s)
 * @param connectTimeout TCP connect timeout (default 10 s)
 * @param readTimeout time allowed for a whole response (default 30 s)
 * @param maxBodyBytes bodies longer than this are truncated and marked so (default 10 MiB)
 * @param maxRedirects redirects followed before giving up (default 5)
 * @param maxRetries retries on timeouts, 5xx and 429 (default 3)
 * @param retryBaseDelay first backoff delay, doubled per retry, with jitter (default 1 s)
 * @param retryMaxDelay longest backoff or Retry-After honoured (default 2 min)
 * @param breakerFailures consecutive failures that open a host's circuit breaker (default 5)
 * @param breakerOpenFor how long an open breaker keeps a host off (default 10 min)
 * @param robotsCacheTtl how long a fetched robots.txt is trusted (default 6 h)
 * @param warcMaxFileBytes a WARC file is closed and a new one started past this size
 * @param maxPagesPerSource upper bound of pages one source may fetch in one pass
 * @param revisitAfter a stored page is fetched again (conditionally) after this long (default 7 d)
 * @param blockedBackoff how long a host is left alone after it served a captcha or challenge page
 *     (default 5 min)
 * @param stateJdbcUrl JDBC URL of the crawl-state database; null or empty for an H2 file under
 *     {@code <data>/crawl-state}
 * @param commitEvery pages handed to the sink between two commits (default 20)
 */
public record CrawlerConfig(
    String userAgent,
    Duration minDelay,
    Duration maxCrawlDelay,
    Duration connectTimeout,
    Duration readTimeout,
    long maxBodyBytes,
    int maxRedirects,
    int maxRetries,
    Duration retryBaseDelay,
    Duration retryMaxDelay,
    int breakerFailures,
    Duration breakerOpenFor,
    Duration robotsCacheTtl,
    long warcMaxFileBytes,
    int maxPagesPerSource,
    Duration revisitAfter,
    Duration blockedBackoff,
    String stateJdbcUrl,
    int commitEvery) {

  /** The original shape, for callers written before revisit, backoff and state settings existed. */
  public CrawlerConfig(
      String userAgent,
      Duration minDelay,
      Duration maxCrawlDelay,
      Duration connectTimeout,
      Duration readTimeout,
      long maxBodyBytes,
      int maxRedirects,
      int maxRetries,
      Duration retryBaseDelay,
      Duration retryMaxDelay,
      int breakerFailures,
      Duration breakerOpenFor,
      Duration robotsCacheTtl,
      long warcMaxFileBytes,
      int maxPagesPerSource) {
    this(
        userAgent,
        minDelay,
        maxCrawlDelay,
        connectTimeout,
        readTimeout,
        maxBodyBytes,
        maxRedirects,
        maxRetries,
        retryBaseDelay,
        retryMaxDelay,
        breakerFailures,
        breakerOpenFor,
        robotsCacheTtl,
        warcMaxFileBytes,
        maxPagesPerSource,
        null,
        null,
        null,
        0);
  }

  public CrawlerConfig {
    revisitAfter = revisitAfter == null ? Duration.ofDays(7) : revisitAfter;
    blockedBackoff = blockedBackoff == null ? Duration.ofMinutes(5) : blockedBackoff;
    stateJdbcUrl = stateJdbcUrl == null || stateJdbcUrl.isBlank() ? null : stateJdbcUrl;
    commitEvery = commitEvery <= 0 ? 20 : commitEvery;
  }
}
