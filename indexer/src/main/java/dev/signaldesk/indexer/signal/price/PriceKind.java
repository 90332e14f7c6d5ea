package dev.signaldesk.indexer.signal.price;

/** Renting compute for a time, or buying hardware outright. Never mixed in one index. */
public enum PriceKind {
  RENT,
  SALE
}
