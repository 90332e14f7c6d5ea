package dev.signaldesk.indexer.search;

import java.time.Duration;

/** A search that ran out of its time budget ({@link SearchOptions#timeout()}). */
public final class SearchTimeoutException extends RuntimeException {
  private final Duration timeout;

  public SearchTimeoutException(Duration timeout) {
    super("The search took longer than " + timeout.toMillis() + " ms and was stopped");
    this.timeout = timeout;
  }

  public Duration timeout() {
    return timeout;
  }
}
