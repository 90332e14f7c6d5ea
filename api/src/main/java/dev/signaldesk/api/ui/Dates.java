package dev.signaldesk.api.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Dates as pages show them: the China calendar day, like the sources print them. */
final class Dates {
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private Dates() {}

  /** {@code 2025-03-12} for an ISO instant; empty for null or unreadable. */
  static String day(String isoInstant) {
    if (isoInstant == null) {
      return "";
    }
    try {
      return Instant.parse(isoInstant).atZone(CHINA).toLocalDate().toString();
    } catch (DateTimeParseException e) {
      return isoInstant;
    }
  }

  /** {@code 2025-03-12 14:05} China time; empty for null. */
  static String minute(Instant t) {
    if (t == null) {
      return "";
    }
    return t.atZone(CHINA).toLocalDateTime().withSecond(0).withNano(0).toString().replace('T', ' ')
        + " (UTC+8)";
  }
}
