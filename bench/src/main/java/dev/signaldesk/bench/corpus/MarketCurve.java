package dev.signaldesk.bench.corpus;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The price level over the corpus period as a fraction of the 2023 peak: falling from the peak to
 * about 42% by spring 2025 (an 8×H100 server from ~180,000 to ~75,000 yuan a month), flat through
 * 2025, then a partial recovery of about 30% in 2026. Piecewise linear, so a price series built
 * from the corpus has a known shape.
 */
final class MarketCurve {

  /** First day of the corpus period. */
  static final LocalDate START = LocalDate.of(2023, 12, 1);

  /** Last day of the corpus period (the day before "today"). */
  static final LocalDate END = LocalDate.of(2026, 11, 27);

  private static final LocalDate TROUGH = LocalDate.of(2025, 3, 1);
  private static final LocalDate RECOVERY_START = LocalDate.of(2025, 12, 1);
  private static final double TROUGH_LEVEL = 0.42;
  private static final double END_LEVEL = 0.55;

  private MarketCurve() {}

  static long days() {
    return ChronoUnit.DAYS.between(START, END) + 1;
  }

  /** Level on {@code day}, 1.0 at the start. */
  static double level(LocalDate day) {
    if (!day.isAfter(START)) {
      return 1.0;
    }
    if (day.isBefore(TROUGH)) {
      return interpolate(day, START, TROUGH, 1.0, TROUGH_LEVEL);
    }
    if (day.isBefore(RECOVERY_START)) {
      return TROUGH_LEVEL;
    }
    return interpolate(day, RECOVERY_START, END, TROUGH_LEVEL, END_LEVEL);
  }

  private static double interpolate(
      LocalDate day, LocalDate from, LocalDate to, double atFrom, double atTo) {
    double span = ChronoUnit.DAYS.between(from, to);
    double t = Math.min(1.0, ChronoUnit.DAYS.between(from, day) / span);
    return atFrom + (atTo - atFrom) * t;
  }
}
