package dev.signaldesk.crawler.state;

/** The crawl-state database failed; the message says which operation on which URL or source. */
public class StateStoreException extends RuntimeException {
  public StateStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
