package dev.signaldesk.indexer.signal.price;

/** A price given as a limit rather than a value: "跌破10元" is BELOW 10, "20万以上" ABOVE. */
public enum Bound {
  BELOW,
  ABOVE
}
