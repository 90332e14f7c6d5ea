package dev.signaldesk.indexer.signal.side;

/** Which side of the market a sentence or message is on. */
public enum OfferSide {
  SELL,
  BUY,
  NEUTRAL
}
