package dev.signaldesk.indexer.signal.index;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * Period length of a series. Period keys: {@code 2025-03-12} (DAY), {@code 2025-W11} (ISO WEEK),
 * {@code 2025-03} (MONTH).
 */
public enum Interval {
  DAY,
  WEEK,
  MONTH;

  /** The key of the period holding {@code date}. */
  public String key(LocalDate date) {
    return switch (this) {
      case DAY -> date.toString();
      case WEEK ->
          String.format(
              "%d-W%02d",
              date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> YearMonth.from(date).toString();
    };
  }

  /** Epoch day of the first day of the period holding {@code epochDay}. */
  public long periodStart(long epochDay) {
    return switch (this) {
      case DAY -> epochDay;
      case WEEK -> epochDay - Math.floorMod(epochDay + 3, 7); // 1970-01-01 was a Thursday
      case MONTH -> LocalDate.ofEpochDay(epochDay).withDayOfMonth(1).toEpochDay();
    };
  }

  /** First day of the period {@code key}. */
  public LocalDate start(String key) {
    try {
      return switch (this) {
        case DAY -> LocalDate.parse(key);
        case WEEK -> {
          String[] p = key.split("-W");
          yield LocalDate.of(Integer.parseInt(p[0]), 1, 4)
              .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(p[1]))
              .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        case MONTH -> YearMonth.parse(key).atDay(1);
      };
    } catch (DateTimeParseException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
      throw new IllegalArgumentException(
          "The 'period' parameter '" + key + "' is not a " + name().toLowerCase() + " key", e);
    }
  }

  /** First day after the period starting at {@code start}. */
  public LocalDate next(LocalDate start) {
    return switch (this) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
    };
  }
}
