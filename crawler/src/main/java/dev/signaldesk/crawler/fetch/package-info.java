/**
 * Fetching one URL over HTTP, with nothing site-specific in it.
 *
 * <p>{@link dev.signaldesk.crawler.fetch.HttpFetcher} wraps {@code java.net.http.HttpClient} and
 * does by hand what a crawler must see step by step: it follows redirects itself (each hop is
 * archived, loops and chains longer than {@code crawler.max-redirects} end the fetch), retries
 * timeouts, 5xx and 429 with exponential backoff and jitter or the server's {@code Retry-After}
 * ({@link dev.signaldesk.crawler.fetch.RetryDelays}, capped by {@code crawler.retry-max-delay}),
 * undoes gzip / deflate / br, cuts bodies at {@code crawler.max-body-bytes} and marks them
 * truncated, and sends the stored ETag / Last-Modified so an unchanged page costs a 304.
 *
 * <p>The result is a value ({@link dev.signaldesk.crawler.fetch.FetchResult}); failures are a
 * {@link dev.signaldesk.crawler.fetch.FetchError} in it, never an exception. Three one-method seams
 * keep the fetcher testable and free of policy: a {@link dev.signaldesk.crawler.fetch.RequestGate}
 * before every request (the per-host throttle), an {@link
 * dev.signaldesk.crawler.fetch.ExchangeRecorder} after every response (the WARC archive), and a
 * {@link dev.signaldesk.crawler.fetch.Sleeper} for every wait (tests advance a fake clock).
 */
package dev.signaldesk.crawler.fetch;
