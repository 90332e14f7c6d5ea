package dev.signaldesk.indexer.signal.price;

/** How precisely a text dates a price: "2023年" is YEAR, "2024年3月" MONTH, none is DAY. */
public enum DatePrecision {
  DAY,
  MONTH,
  YEAR
}
