package dev.signaldesk.crawler.fetch;

import java.io.IOException;

/** Receives every response the fetcher gets (the WARC archive implements it). */
@FunctionalInterface
public interface ExchangeRecorder {

  /** Records nothing; for callers that do not archive. */
  ExchangeRecorder NONE = exchange -> null;

  /**
   * Stores the exchange.
   *
   * @return where the response was stored, or null when nothing is archived
   */
  ArchiveRef record(Exchange exchange) throws IOException;
}
