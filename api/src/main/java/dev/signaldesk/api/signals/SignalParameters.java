package dev.signaldesk.api.signals;

import dev.signaldesk.api.services.InvalidParameterException;
import dev.signaldesk.indexer.signal.index.Interval;
import dev.signaldesk.indexer.signal.price.Currency;
import dev.signaldesk.indexer.signal.price.PriceKind;
import dev.signaldesk.model.ReportKind;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads the query parameters of {@code /api/signals/*}: each bad value becomes an {@link
 * InvalidParameterException} naming the parameter and the accepted values (a 400 problem).
 */
final class SignalParameters {
  private SignalParameters() {}

  /** {@code rent} (default) or {@code sale}. */
  static PriceKind kind(String value) {
    return enumValue("kind", value, PriceKind.class, PriceKind.RENT);
  }

  /** {@code day}, {@code week} or {@code month} (default). */
  static Interval interval(String value) {
    return enumValue("interval", value, Interval.class, Interval.MONTH);
  }

  /** {@code cny} (default) or {@code usd}. */
  static Currency currency(String value) {
    return enumValue("currency", value, Currency.class, Currency.CNY);
  }

  /** {@code news}, {@code chat}, or absent for both. */
  static ReportKind sourceKind(String value) {
    return enumValue("sourceKind", value, ReportKind.class, null);
  }

  /** A calendar date such as {@code 2025-03-01}; null when absent. */
  static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException(
          name, "must be a date like 2025-03-01, got '" + value + "'");
    }
  }

  /** Checks that {@code from} is not after {@code to}. */
  static void range(LocalDate from, LocalDate to) {
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidParameterException("from", "must not be after 'to' (" + to + ")");
    }
  }

  static String required(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidParameterException(name, "is required");
    }
    return value.trim();
  }

  private static <E extends Enum<E>> E enumValue(
      String name, String value, Class<E> type, E fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      String accepted =
          Arrays.stream(type.getEnumConstants())
              .map(c -> c.name().toLowerCase(Locale.ROOT))
              .collect(Collectors.joining(", "));
      throw new InvalidParameterException(
          name, "must be one of " + accepted + ", got '" + value + "'");
    }
  }
}
