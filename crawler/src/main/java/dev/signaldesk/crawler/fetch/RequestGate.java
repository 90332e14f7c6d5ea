package dev.signaldesk.crawler.fetch;

import java.net.URI;

/**
 * Called before every HTTP request the fetcher sends (first tries, retries, redirect hops,
 * robots.txt), so that politeness holds for all of them. The per-host throttle implements it.
 */
@FunctionalInterface
public interface RequestGate {

  /** Lets every request through at once. */
  RequestGate OPEN = uri -> {};

  /** Returns when a request to {@code uri} may be sent. */
  void awaitTurn(URI uri) throws InterruptedException;
}
