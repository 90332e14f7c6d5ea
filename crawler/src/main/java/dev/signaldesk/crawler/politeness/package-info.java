/**
 * Being a good guest: one queue per host with a minimum gap between requests ({@link
 * dev.signaldesk.crawler.politeness.HostThrottle}: {@code crawler.min-delay}, or the robots.txt
 * Crawl-delay up to {@code crawler.max-crawl-delay}), a circuit breaker per host ({@link
 * dev.signaldesk.crawler.politeness.HostBreaker}), and {@link
 * dev.signaldesk.crawler.politeness.PoliteFetcher}, the only fetcher sources get: robots.txt for
 * the URL and every redirect target, then the breaker, then the throttled, archived fetch. A host
 * that serves a captcha or challenge page is pushed back by {@code crawler.blocked-backoff}.
 *
 * <p>All time comes from the injected {@code Clock} and all waiting goes through the {@code
 * Sleeper}, so politeness is tested with a fake clock instead of end to end.
 */
package dev.signaldesk.crawler.politeness;
