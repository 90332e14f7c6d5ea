package dev.signaldesk.indexer.signal.price;

/** The currencies prices are quoted in. */
public enum Currency {
  CNY,
  USD
}
