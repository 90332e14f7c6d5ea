package dev.signaldesk.crawler.chat;

import java.util.Objects;

/**
 * How to read a chat from a CSV file that is not one of the known exports.
 *
 * @param timeColumn header name of the send-time column
 * @param senderColumn header name of the sender column
 * @param textColumn header name of the message-text column
 * @param timePattern a {@link java.time.format.DateTimeFormatter} pattern such as {@code yyyy-MM-dd
 *     HH:mm:ss}, or {@code unix} (seconds), {@code unix-ms} (milliseconds), {@code iso} (ISO-8601
 *     with or without offset). Times without an offset are read in the import zone.
 * @param delimiter the field separator, {@code ,} by default
 */
public record CsvMapping(
    String timeColumn, String senderColumn, String textColumn, String timePattern, char delimiter) {

  public CsvMapping {
    Objects.requireNonNull(timeColumn, "The 'timeColumn' parameter must not be null.");
    Objects.requireNonNull(senderColumn, "The 'senderColumn' parameter must not be null.");
    Objects.requireNonNull(textColumn, "The 'textColumn' parameter must not be null.");
    if (timePattern == null || timePattern.isBlank()) {
      timePattern = "iso";
    }
    if (delimiter == 0) {
      delimiter = ',';
    }
  }

  /** A comma-separated mapping. */
  public CsvMapping(String timeColumn, String senderColumn, String textColumn, String timePattern) {
    this(timeColumn, senderColumn, textColumn, timePattern, ',');
  }
}
