package dev.signaldesk.indexer.signal.index;

import java.util.List;

/**
 * A price index for one model and kind.
 *
 * @param model canonical GPU model
 * @param kind RENT or SALE
 * @param unit e.g. {@code CNY per GPU-hour}
 * @param methodologyVersion stamp of the method that produced it ({@link
 *     PriceIndexService#METHODOLOGY_VERSION})
 * @param series periods with at least one observation, oldest first
 */
public record PriceSeries(
    String model, String kind, String unit, String methodologyVersion, List<PricePoint> series) {
  public PriceSeries {
    series = List.copyOf(series);
  }
}
