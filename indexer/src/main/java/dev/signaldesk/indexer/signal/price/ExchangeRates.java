package dev.signaldesk.indexer.signal.price;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Yearly average CNY per USD from config ({@code signals.cny-per-usd}). A year outside the table
 * uses the nearest year in it, so a 2027 article still converts with the latest known rate.
 */
public final class ExchangeRates {
  private final TreeMap<Integer, Double> byYear = new TreeMap<>();

  public ExchangeRates(Map<String, Double> cnyPerUsd) {
    cnyPerUsd.forEach((year, rate) -> byYear.put(Integer.parseInt(year), rate));
    if (byYear.isEmpty()) {
      throw new IllegalArgumentException("signals.cny-per-usd must hold at least one year");
    }
  }

  /** CNY for one USD in the year of {@code date}. */
  public double cnyPerUsd(LocalDate date) {
    int y = date.getYear();
    Map.Entry<Integer, Double> floor = byYear.floorEntry(y);
    Map.Entry<Integer, Double> ceil = byYear.ceilingEntry(y);
    if (floor == null) {
      return ceil.getValue();
    }
    if (ceil == null || y - floor.getKey() <= ceil.getKey() - y) {
      return floor.getValue();
    }
    return ceil.getValue();
  }
}
