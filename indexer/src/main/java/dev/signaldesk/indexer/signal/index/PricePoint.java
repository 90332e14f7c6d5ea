package dev.signaldesk.indexer.signal.index;

/**
 * One period of a price series, after de-duplicating reposts and dropping outliers.
 *
 * @param period the period key ({@link Interval})
 * @param median median normalised price; null when no observation is left
 * @param p25 25th percentile
 * @param p75 75th percentile
 * @param min lowest kept price
 * @param max highest kept price
 * @param mentions observations kept (a repost's repeated mention counts once)
 * @param stories distinct stories behind them
 * @param sources distinct sources behind them
 * @param excluded observations dropped as outliers (beyond the configured MADs from the median)
 * @param sufficient true if {@code mentions} reaches the configured minimum
 */
public record PricePoint(
    String period,
    Double median,
    Double p25,
    Double p75,
    Double min,
    Double max,
    int mentions,
    int stories,
    int sources,
    int excluded,
    boolean sufficient) {}
