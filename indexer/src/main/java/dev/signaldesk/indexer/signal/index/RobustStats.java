package dev.signaldesk.indexer.signal.index;

import java.util.Arrays;

/**
 * Median, quartiles and the MAD outlier rule over one period's values. An observation further than
 * {@code k} scaled MADs (MAD × 1.4826, the normal-consistent scale) from the median is an outlier;
 * with MAD 0 (most values equal) nothing is excluded.
 */
final class RobustStats {
  private static final double MAD_SCALE = 1.4826;

  private RobustStats() {}

  /** True for each value that lies beyond {@code k} scaled MADs from the median. */
  static boolean[] outliers(double[] values, double k) {
    boolean[] out = new boolean[values.length];
    if (values.length < 3) {
      return out;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double median = quantile(sorted, 0.5);
    double[] dev = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      dev[i] = Math.abs(values[i] - median);
    }
    Arrays.sort(dev);
    double mad = quantile(dev, 0.5) * MAD_SCALE;
    if (mad == 0) {
      return out;
    }
    for (int i = 0; i < values.length; i++) {
      out[i] = Math.abs(values[i] - median) > k * mad;
    }
    return out;
  }

  /** Linear-interpolated quantile of sorted values. */
  static double quantile(double[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = (int) Math.ceil(pos);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
  }
}
