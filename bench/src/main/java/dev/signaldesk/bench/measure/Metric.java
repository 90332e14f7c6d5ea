package dev.signaldesk.bench.measure;

import java.util.Objects;

/**
 * One measured figure.
 *
 * @param name what was measured, e.g. {@code docs_per_s}, {@code p99_ms}
 * @param value the figure
 * @param unit its unit, e.g. {@code docs/s}, {@code ms}, {@code MB}
 * @param baseline the same figure for the baseline in the same run, or null when there is none
 * @param target the target as text (e.g. {@code <= 50 ms}), or null when there is none
 * @param targetMet whether the value meets the target; null when there is no target
 */
public record Metric(
    String name, double value, String unit, Double baseline, String target, Boolean targetMet) {

  public Metric {
    Objects.requireNonNull(name, "The 'name' parameter must not be null.");
    Objects.requireNonNull(unit, "The 'unit' parameter must not be null.");
  }

  public static Metric of(String name, double value, String unit) {
    return new Metric(name, value, unit, null, null, null);
  }

  /** Value ÷ baseline, or null when there is no baseline. */
  public Double ratio() {
    return baseline == null || baseline == 0 ? null : value / baseline;
  }

  public Metric withBaseline(double baselineValue) {
    return new Metric(name, value, unit, baselineValue, target, targetMet);
  }

  /** Adds a "higher is better" target: met when value ≥ {@code minimum}. */
  public Metric atLeast(double minimum, String targetText) {
    return new Metric(name, value, unit, baseline, targetText, value >= minimum);
  }

  /** Adds a "lower is better" target: met when value ≤ {@code maximum}. */
  public Metric atMost(double maximum, String targetText) {
    return new Metric(name, value, unit, baseline, targetText, value <= maximum);
  }
}
