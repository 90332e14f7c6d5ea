package dev.signaldesk.crawler.chat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a WhatsApp export line, in any of its variants: Android {@code 12/31/23, 9:41 PM -
 * Name: text} (a narrow no-break space may precede PM) or {@code 31.12.23, 21:41 - Name: text}; iOS
 * {@code [31/12/2023, 21:41:05] Name: text}, often after a U+200E mark. The two date numbers are
 * kept unassigned: which is the day is decided for the whole file by {@link DateOrderVote}.
 *
 * @param first the first date number
 * @param second the second date number
 * @param year the four-digit year
 * @param hour 0–23 (12-hour clocks already converted)
 * @param minute the minute
 * @param secondOfMinute the second (0 when the format has none)
 * @param rest everything after the header: {@code Name: text}, or a system line
 */
record WhatsAppLine(
    int first, int second, int year, int hour, int minute, int secondOfMinute, String rest) {

  private static final String DATE = "(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{2,4})";
  private static final String TIME =
      "(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?(?:[ \\u202F\\u00A0]?([AaPp])\\.? ?[Mm]\\.?)?";
  private static final Pattern IOS = Pattern.compile("^\\[" + DATE + ",? " + TIME + "\\] (.*)$");
  private static final Pattern ANDROID =
      Pattern.compile("^" + DATE + ",? " + TIME + " [-\\u2013] (.*)$");

  /** Invisible marks WhatsApp sprinkles into exports (LRM, RLM, embeddings, isolates, BOM). */
  static final Pattern INVISIBLE =
      Pattern.compile("[\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");

  /**
   * Reads a header, or returns null for a continuation line. A header with an impossible hour still
   * parses (the hour is checked when the date is built).
   */
  static WhatsAppLine parse(String rawLine) {
    String line = stripLeadingInvisible(rawLine);
    if (line.isEmpty() || !(line.charAt(0) == '[' || Character.isDigit(line.charAt(0)))) {
      return null;
    }
    Matcher m = IOS.matcher(line);
    if (!m.matches()) {
      m = ANDROID.matcher(line);
      if (!m.matches()) {
        return null;
      }
    }
    int year = Integer.parseInt(m.group(4));
    if (m.group(4).length() == 2) {
      year += 2000;
    }
    int hour = Integer.parseInt(m.group(5));
    String ampm = m.group(8);
    if (ampm != null) {
      boolean pm = ampm.equalsIgnoreCase("p");
      if (hour == 12) {
        hour = pm ? 12 : 0;
      } else if (pm) {
        hour += 12;
      }
    }
    return new WhatsAppLine(
        Integer.parseInt(m.group(1)),
        Integer.parseInt(m.group(3)),
        year,
        hour,
        Integer.parseInt(m.group(6)),
        m.group(7) == null ? 0 : Integer.parseInt(m.group(7)),
        m.group(9));
  }

  static String stripLeadingInvisible(String line) {
    int i = 0;
    while (i < line.length() && isInvisible(line.charAt(i))) {
      i++;
    }
    return line.substring(i);
  }

  static boolean isInvisible(char c) {
    return c >= '\u200B' && c <= '\u200F'
        || c >= '\u202A' && c <= '\u202E'
        || c >= '\u2066' && c <= '\u2069'
        || c == '\uFEFF';
  }

  /** The text with every invisible mark removed. */
  static String stripInvisible(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isInvisible(text.charAt(i))) {
        return INVISIBLE.matcher(text).replaceAll("");
      }
    }
    return text;
  }
}
