package dev.signaldesk.indexer.factcheck;

/**
 * A number read from a claim or a passage, normalised: {@code 18万元} and {@code 180,000} are both
 * 180,000; {@code 80%}, {@code 百分之八十} and {@code 八成} are all the percentage 80.
 *
 * @param value the value, multipliers applied (a percentage as written: 80 for 80%)
 * @param percent whether it is a percentage (never equal to a plain number)
 * @param text the number as written
 */
public record ClaimNumber(double value, boolean percent, String text) {

  /** Relative tolerance of {@link #matches}: rounding in "约7.5万" vs "75,000" is exact anyway. */
  private static final double TOLERANCE = 0.005;

  /** Same kind and the same value within half a percent. */
  public boolean matches(ClaimNumber other) {
    if (percent != other.percent) {
      return false;
    }
    double scale = Math.max(Math.abs(value), Math.abs(other.value));
    return scale == 0 || Math.abs(value - other.value) <= scale * TOLERANCE;
  }

  /**
   * Whether the number carries a claim: percentages, multiplied amounts and anything from 100 up.
   * Small bare numbers ("8卡", "3 years") describe rather than assert, so a passage need not repeat
   * them to support the claim.
   */
  public boolean isKey() {
    return percent || Math.abs(value) >= 100;
  }
}
