package dev.signaldesk.crawler.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date forms found on news pages: ISO 8601 (with or without offset), RFC 1123, Chinese
 * {@code 2024年3月18日 09:30}, numeric {@code 2024-03-18 09:30} / {@code 2024/03/18} / {@code
 * 2024.03.18}, and English {@code March 18, 2024 9:30 AM} / {@code 18 March 2024}.
 *
 * <p>A date without an offset is read in the page's default offset (the caller passes +08:00 for
 * Chinese pages, UTC otherwise); a date without a time is the start of that day.
 */
final class DateTexts {

  static final Pattern NUMERIC =
      Pattern.compile(
          "((?:19|20)\\d{2})\\s*(?:年|-|/|\\.)\\s*(\\d{1,2})\\s*(?:月|-|/|\\.)\\s*(\\d{1,2})\\s*日?"
              + "(?:[\\sT]*(\\d{1,2})[:：时](\\d{2})(?:[:：分](\\d{2}))?)?");
  static final Pattern ENGLISH =
      Pattern.compile(
          "(?i)\\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})"
              + "|(\\d{1,2})\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?\\s+((?:19|20)\\d{2}))"
              + "(?:,?\\s*(?:at\\s+)?(\\d{1,2}):(\\d{2})\\s*([ap]\\.?m\\.?)?)?");
  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private static final DateTimeFormatter COMPACT_OFFSET =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSS]XX");

  /** Parses a machine-readable value (meta content, datetime attribute, JSON-LD). */
  static Optional<OffsetDateTime> parseMachine(String value, ZoneOffset defaultOffset) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.trim();
    List<Function<String, OffsetDateTime>> forms =
        List.of(
            OffsetDateTime::parse,
            t -> ZonedDateTime.parse(t).toOffsetDateTime(),
            t -> OffsetDateTime.parse(t, COMPACT_OFFSET),
            t -> LocalDateTime.parse(t).atOffset(defaultOffset),
            t -> ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime());
    for (Function<String, OffsetDateTime> form : forms) {
      try {
        return Optional.of(form.apply(v));
      } catch (DateTimeParseException e) {
        // not this form; try the next
      }
    }
    if (v.matches("\\d{10}")) {
      return Optional.of(
          OffsetDateTime.ofInstant(
              java.time.Instant.ofEpochSecond(Long.parseLong(v)), defaultOffset));
    }
    return findInText(v, defaultOffset);
  }

  /** Finds the first date written for humans in {@code text}. */
  static Optional<OffsetDateTime> findInText(String text, ZoneOffset offset) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher n = NUMERIC.matcher(text);
    Matcher e = ENGLISH.matcher(text);
    boolean hasN = n.find();
    boolean hasE = e.find();
    if (hasN && (!hasE || n.start() <= e.start())) {
      return build(
          Integer.parseInt(n.group(1)),
          Integer.parseInt(n.group(2)),
          Integer.parseInt(n.group(3)),
          n.group(4),
          n.group(5),
          n.group(6),
          null,
          offset);
    }
    if (hasE) {
      boolean monthFirst = e.group(1) != null;
      String month = (monthFirst ? e.group(1) : e.group(5)).toLowerCase(Locale.ROOT);
      int day = Integer.parseInt(monthFirst ? e.group(2) : e.group(4));
      int year = Integer.parseInt(monthFirst ? e.group(3) : e.group(6));
      return build(
          year,
          MONTHS.indexOf(month.substring(0, 3)) + 1,
          day,
          e.group(7),
          e.group(8),
          null,
          e.group(9),
          offset);
    }
    return Optional.empty();
  }

  private static Optional<OffsetDateTime> build(
      int year,
      int month,
      int day,
      String hour,
      String minute,
      String second,
      String ampm,
      ZoneOffset offset) {
    try {
      LocalDate date = LocalDate.of(year, month, day);
      LocalTime time = LocalTime.MIDNIGHT;
      if (hour != null) {
        int h = Integer.parseInt(hour);
        if (ampm != null) {
          boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
          h = h % 12 + (pm ? 12 : 0);
        }
        time =
            LocalTime.of(
                h, Integer.parseInt(minute), second == null ? 0 : Integer.parseInt(second));
      }
      return Optional.of(OffsetDateTime.of(date, time, offset));
    } catch (DateTimeException | NumberFormatException ex) {
      return Optional.empty();
    }
  }

  private DateTexts() {}
}
