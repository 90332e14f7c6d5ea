package dev.signaldesk.crawler.extract.site;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses 36Kr feed {@code pubDate} values, which are not RFC 822: {@code 2026-06-19 18:01:25 +0800}
 * with one or more spaces before the offset. RFC 822 dates are accepted too, so the feed reader can
 * call this for every item.
 */
public final class Kr36FeedDates {

  private static final Pattern KR36 =
      Pattern.compile(
          "\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([+-])(\\d{2}):?(\\d{2})\\s*");

  /**
   * Parses {@code text}.
   *
   * @throws IllegalArgumentException naming the value when it is in neither form
   */
  public static OffsetDateTime parse(String text) {
    return tryParse(text)
        .orElseThrow(
            () -> new IllegalArgumentException("Unrecognised 36Kr pubDate: '" + text + "'"));
  }

  /** Parses {@code text}, or returns empty when it is in neither form. */
  public static Optional<OffsetDateTime> tryParse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = KR36.matcher(text);
    if (m.matches()) {
      String iso =
          String.format(
              "%s-%02d-%02dT%02d:%s:%s%s%s:%s",
              m.group(1),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(4)),
              m.group(5),
              m.group(6) == null ? "00" : m.group(6),
              m.group(7),
              m.group(8),
              m.group(9));
      try {
        return Optional.of(OffsetDateTime.parse(iso));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(
          ZonedDateTime.parse(text.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
              .toOffsetDateTime());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private Kr36FeedDates() {}
}
