package dev.signaldesk.indexer.search;

import dev.signaldesk.indexer.search.QueryFieldRegistry.QueryField;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.search.Query;

/**
 * Exact values and ranges on {@code LONG}, {@code DOUBLE} and {@code DATE} fields. Dates are ISO
 * days ({@code 2025-03-01}, the whole UTC day) or instants ({@code 2025-03-01T08:00:00Z}).
 */
final class NumericValues {

  private NumericValues() {}

  static Query exact(QueryField field, String value, int position) {
    return switch (field.kind()) {
      case LONG -> LongField.newExactQuery(field.name(), parseLong(value, position));
      case DOUBLE -> DoubleField.newExactQuery(field.name(), parseDouble(value, position));
      case DATE -> {
        long start = parseDate(value, position, false);
        long end = parseDate(value, position, true);
        yield LongField.newRangeQuery(field.name(), start, end);
      }
      default -> throw new IllegalStateException("Not a numeric field: " + field.name());
    };
  }

  static Query range(
      QueryField field, QueryToken lo, boolean loInclusive, QueryToken hi, boolean hiInclusive) {
    boolean openLo = lo.text().equals("*");
    boolean openHi = hi.text().equals("*");
    return switch (field.kind()) {
      case LONG, DATE -> {
        long lower = openLo ? Long.MIN_VALUE : longBound(field, lo, false);
        long upper = openHi ? Long.MAX_VALUE : longBound(field, hi, true);
        if (!openLo && !loInclusive) {
          lower = lower == Long.MAX_VALUE ? lower : lower + 1;
        }
        if (!openHi && !hiInclusive) {
          upper = upper == Long.MIN_VALUE ? upper : upper - 1;
        }
        yield LongField.newRangeQuery(field.name(), lower, upper);
      }
      case DOUBLE -> {
        double lower = openLo ? Double.NEGATIVE_INFINITY : parseDouble(lo.text(), lo.position());
        double upper = openHi ? Double.POSITIVE_INFINITY : parseDouble(hi.text(), hi.position());
        if (!openLo && !loInclusive) {
          lower = Math.nextUp(lower);
        }
        if (!openHi && !hiInclusive) {
          upper = Math.nextDown(upper);
        }
        yield DoubleField.newRangeQuery(field.name(), lower, upper);
      }
      default -> throw new IllegalStateException("Not a numeric field: " + field.name());
    };
  }

  /** An upper date bound given as a day means the end of that day. */
  private static long longBound(QueryField field, QueryToken t, boolean upper) {
    return field.kind() == QueryFieldRegistry.FieldKind.DATE
        ? parseDate(t.text(), t.position(), upper)
        : parseLong(t.text(), t.position());
  }

  private static long parseLong(String value, int position) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new QuerySyntaxException("Not a whole number: '" + value + "'", position);
    }
  }

  private static double parseDouble(String value, int position) {
    try {
      double d = Double.parseDouble(value);
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new QuerySyntaxException("Not a number: '" + value + "'", position);
    }
  }

  private static long parseDate(String value, int position, boolean endOfDay) {
    try {
      if (value.indexOf('T') > 0) {
        return Instant.parse(value).toEpochMilli();
      }
      LocalDate day = LocalDate.parse(value);
      LocalDate start = endOfDay ? day.plusDays(1) : day;
      long millis = start.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
      return endOfDay ? millis - 1 : millis;
    } catch (DateTimeParseException e) {
      throw new QuerySyntaxException(
          "Not a date: '" + value + "' (use 2025-03-01 or 2025-03-01T08:00:00Z)", position);
    }
  }
}
