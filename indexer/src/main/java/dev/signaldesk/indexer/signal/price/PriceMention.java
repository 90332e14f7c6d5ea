package dev.signaldesk.indexer.signal.price;

import java.time.LocalDate;
import java.util.List;

/**
 * One price found in a text, as stated and normalised.
 *
 * @param model canonical GPU model
 * @param variant SXM / PCIe / NVL when stated, else null
 * @param memoryGb memory size when stated, else null
 * @param kind RENT or SALE
 * @param value the amount as stated (after multipliers); the midpoint for a range
 * @param low low end of a range, null for a single value
 * @param high high end of a range, null for a single value
 * @param bound BELOW or ABOVE when the amount is a limit ("跌破10元"), else null
 * @param currency the currency stated (CNY when none was written in a Chinese text)
 * @param basis what the stated amount pays for
 * @param gpus GPUs per server for server bases, else 1
 * @param gpusAssumed true if {@code gpus} was not stated and the configured default was used
 * @param perGpuHour RENT: price per GPU-hour in {@code currency}; null for SALE
 * @param perGpu SALE: price per GPU in {@code currency}; null for RENT
 * @param cny the normalised price (per GPU-hour or per GPU) in CNY
 * @param usd the normalised price in USD
 * @param refDate the date the price refers to
 * @param refPrecision how precisely the text dated it
 * @param flags notes such as {@code range}, {@code gpus-assumed}, {@code model-from-context},
 *     {@code scope-inferred}, {@code implausible}
 * @param excluded true if the mention must stay out of price indexes
 * @param excludedReason why it is excluded, else null
 * @param text the sentence it was found in
 * @param start offset of the price phrase in the whole input
 * @param end offset just past the price phrase in the whole input
 * @param rule the extraction rule that fired, e.g. {@code rent.unit-after}
 */
public record PriceMention(
    String model,
    String variant,
    Integer memoryGb,
    PriceKind kind,
    double value,
    Double low,
    Double high,
    Bound bound,
    Currency currency,
    PriceBasis basis,
    int gpus,
    boolean gpusAssumed,
    Double perGpuHour,
    Double perGpu,
    double cny,
    double usd,
    LocalDate refDate,
    DatePrecision refPrecision,
    List<String> flags,
    boolean excluded,
    String excludedReason,
    String text,
    int start,
    int end,
    String rule) {

  public PriceMention {
    flags = List.copyOf(flags);
  }

  /** The normalised price in {@code currency}: per GPU-hour for RENT, per GPU for SALE. */
  public double normalised() {
    return kind == PriceKind.RENT ? perGpuHour : perGpu;
  }
}
