package dev.signaldesk.api.services;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Reads the {@code from}/{@code to} parameters: a date ({@code 2024-01-31}) or an ISO instant
 * ({@code 2024-01-31T08:00:00Z}, {@code 2024-01-31T16:00:00+08:00}).
 *
 * <p>A date means a whole day in China Standard Time (the market's and the sources' own calendar):
 * {@code from} starts at its midnight and {@code to} includes the whole day, so {@code
 * from=2024-01-31&to=2024-01-31} is that one day. Both bounds are inclusive.
 */
public final class InstantParameter {
  /** The zone in which bare dates are read. */
  public static final ZoneId MARKET_ZONE = ZoneId.of("Asia/Shanghai");

  private InstantParameter() {}

  /** The first instant the parameter includes; null when absent or blank. */
  public static Instant from(String name, String value) {
    return parse(name, value, false);
  }

  /** The last instant the parameter includes; null when absent or blank. */
  public static Instant to(String name, String value) {
    return parse(name, value, true);
  }

  private static Instant parse(String name, String value, boolean end) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    try {
      if (v.length() == 10) {
        LocalDate day = LocalDate.parse(v);
        return end
            ? day.plusDays(1).atStartOfDay(MARKET_ZONE).toInstant().minusNanos(1)
            : day.atStartOfDay(MARKET_ZONE).toInstant();
      }
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException(
          name,
          "must be a date like 2024-01-31 or an ISO instant like 2024-01-31T08:00:00Z, got '"
              + value
              + "'");
    } catch (DateTimeException e) {
      throw new InvalidParameterException(name, "is out of range: '" + value + "'");
    }
  }
}
