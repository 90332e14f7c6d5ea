package dev.signaldesk.indexer.signal.price;

/**
 * A sum of money found in a sentence, before its unit is known.
 *
 * @param start offset in the sentence of the amount (including a currency sign before it)
 * @param end offset just past the number, multiplier and currency word
 * @param low the amount, or the low end of a range
 * @param high the amount, or the high end of a range
 * @param currency the currency written, or null if none was
 * @param bound a limit word around it, or null
 * @param afterBound offset just past a trailing bound word (以下, 以上) or {@code end}
 */
record Amount(
    int start, int end, double low, double high, Currency currency, Bound bound, int afterBound) {

  double value() {
    return (low + high) / 2;
  }

  boolean isRange() {
    return low != high;
  }

  Amount withCurrency(Currency c) {
    return new Amount(start, end, low, high, c, bound, afterBound);
  }

  Amount scaled(double f) {
    return new Amount(start, end, low * f, high * f, currency, bound, afterBound);
  }
}
