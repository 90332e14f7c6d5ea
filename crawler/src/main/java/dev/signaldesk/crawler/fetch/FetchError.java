package dev.signaldesk.crawler.fetch;

/**
 * Why a fetch produced no usable response. An HTTP error status is a response, not one of these.
 */
public enum FetchError {
  /** No response within {@code crawler.connect-timeout} / {@code crawler.read-timeout}. */
  TIMEOUT,
  /** Connection refused, reset, DNS failure or a malformed response. */
  CONNECTION,
  /** More than {@code crawler.max-redirects} hops. */
  TOO_MANY_REDIRECTS,
  /** A redirect led back to a URL already visited in the same chain. */
  REDIRECT_LOOP,
  /** A redirect without a usable {@code Location}. */
  BAD_REDIRECT,
  /** robots.txt forbids the URL (or a redirect target). */
  ROBOTS_DENIED,
  /** The host's circuit breaker is open after repeated failures. */
  BREAKER_OPEN,
  /** The body could not be decoded (bad gzip/deflate/br stream). */
  DECODING,
  /** The crawl was interrupted. */
  INTERRUPTED
}
