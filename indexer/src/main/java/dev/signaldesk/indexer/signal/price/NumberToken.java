package dev.signaldesk.indexer.signal.price;

/**
 * A number as written, with any multiplier applied ("7.5万" is 75,000; "七八千" is 7,000–8,000).
 *
 * @param start offset of its first character in the sentence
 * @param end offset just past it (including the multiplier)
 * @param low the value, or the low end of a range
 * @param high the value, or the high end of a range
 * @param multiplier the multiplier as written (万, w, k, 千, 亿, million ...), "cn" for a Chinese
 *     numeral with a unit in it, or null
 */
record NumberToken(int start, int end, double low, double high, String multiplier) {

  boolean multiplied() {
    return multiplier != null;
  }

  NumberToken scaled(double factor, String multiplier, int end) {
    return new NumberToken(start, end, low * factor, high * factor, multiplier);
  }
}
