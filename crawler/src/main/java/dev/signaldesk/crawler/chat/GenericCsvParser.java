package dev.signaldesk.crawler.chat;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * Any CSV with a header, read through a {@link CsvMapping}: which columns hold time, sender and
 * text, and how the time is written. Times carrying an offset keep it; others are read in the
 * import zone.
 */
final class GenericCsvParser implements ChatParser {

  @Override
  public void parse(ChatSource source, MessageHandler handler) throws IOException {
    CsvMapping mapping = source.mapping();
    if (mapping == null) {
      handler.problem(0, "generic-csv needs a column mapping (time, sender and text columns)");
      return;
    }
    TimeReader times;
    try {
      times = new TimeReader(mapping.timePattern(), source.zone());
    } catch (IllegalArgumentException e) {
      handler.problem(0, "the time pattern '" + mapping.timePattern() + "' is not a valid pattern");
      return;
    }
    try (BufferedReader reader = source.openReader()) {
      CsvRows.forEach(
          reader,
          mapping.delimiter(),
          handler,
          (row, header) -> {
            String timeText = row.get(mapping.timeColumn());
            Instant time = timeText == null ? null : times.read(timeText.strip());
            if (time == null) {
              handler.problem(
                  row.line(), "column '" + mapping.timeColumn() + "' holds no valid time");
              return;
            }
            String sender = MemoTraceCsvParser.nonBlank(row.get(mapping.senderColumn()));
            String text = row.get(mapping.textColumn());
            handler.message(
                ParsedMessage.simple(
                    row.line(),
                    time,
                    null,
                    sender == null ? "unknown" : sender,
                    text == null ? "" : text,
                    MessageType.TEXT));
          });
    }
  }

  /** Reads times by the mapping's pattern. */
  static final class TimeReader {
    private final String pattern;
    private final ZoneId zone;
    private final DateTimeFormatter formatter;

    TimeReader(String pattern, ZoneId zone) {
      this.pattern = pattern;
      this.zone = zone;
      this.formatter =
          switch (pattern) {
            case "unix", "unix-ms", "iso" -> null;
            default -> DateTimeFormatter.ofPattern(pattern);
          };
    }

    Instant read(String text) {
      try {
        return switch (pattern) {
          case "unix" -> Instant.ofEpochSecond(Long.parseLong(text));
          case "unix-ms" -> Instant.ofEpochMilli(Long.parseLong(text));
          case "iso" -> iso(text);
          default -> withPattern(text);
        };
      } catch (DateTimeException | NumberFormatException e) {
        return null;
      }
    }

    private Instant iso(String text) {
      String t = text.replace(' ', 'T');
      try {
        return OffsetDateTime.parse(t).toInstant();
      } catch (DateTimeParseException e) {
        return t.endsWith("Z") ? Instant.parse(t) : LocalDateTime.parse(t).atZone(zone).toInstant();
      }
    }

    private Instant withPattern(String text) {
      TemporalAccessor parsed = formatter.parse(text);
      LocalDateTime local = LocalDateTime.from(parsed);
      if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
        return local.toInstant(
            java.time.ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS)));
      }
      return local.atZone(zone).toInstant();
    }
  }
}
