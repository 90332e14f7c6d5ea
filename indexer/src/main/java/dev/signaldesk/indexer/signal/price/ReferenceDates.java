package dev.signaldesk.indexer.signal.price;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the time phrases of a sentence ("2023年", "2024年3月", "去年", "last month", "in early 2025")
 * and resolves them against the document date. A price takes the nearest phrase before it (Chinese
 * order), or one directly after it (English "... in 2023"); otherwise the document date.
 */
final class ReferenceDates {
  private static final Pattern PHRASE =
      Pattern.compile(
          "(?<ym>(?<y1>(?:19|20)\\d{2})\\s?年\\s?(?:(?<m1>1[0-2]|0?[1-9])\\s?月)?)"
              + "|(?<en>(?i:(?:in|during|since|by|early|mid|late|end of|start of)[\\s-]+(?:(?<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+)?)(?<y2>(?:19|20)\\d{2}))(?![\\d万元])"
              + "|(?<lastYear>去年|last year|a year ago)|(?<twoYears>前年|two years ago)"
              + "|(?<lastMonth>上个月|上月|last month)|(?<thisYear>今年|this year)");

  private ReferenceDates() {}

  /** One found phrase, with where it sits in the sentence. */
  record Found(ReferenceDate date, int start, int end, boolean english) {}

  static List<Found> find(String s, LocalDate docDate) {
    List<Found> out = new ArrayList<>();
    Matcher m = PHRASE.matcher(s);
    while (m.find()) {
      ReferenceDate d = resolve(m, docDate);
      if (d != null) {
        out.add(new Found(d, m.start(), m.end(), m.group().chars().allMatch(c -> c < 128)));
      }
    }
    return out;
  }

  /**
   * The date for a price at {@code [start, end)} whose predecessor amount ended at {@code prevEnd}.
   */
  static ReferenceDate forAmount(
      List<Found> found, int prevEnd, int start, int end, LocalDate docDate) {
    for (Found f : found) {
      if (f.english() && f.start() >= end && f.start() - end <= 14) {
        return f.date();
      }
    }
    ReferenceDate best = null;
    for (Found f : found) {
      if (f.start() >= prevEnd && f.end() <= start) {
        best = f.date();
      }
    }
    return best != null ? best : new ReferenceDate(docDate, DatePrecision.DAY, -1);
  }

  private static ReferenceDate resolve(Matcher m, LocalDate doc) {
    if (m.group("ym") != null || m.group("en") != null) {
      int year = Integer.parseInt(m.group("y1") != null ? m.group("y1") : m.group("y2"));
      String month = m.group("m1");
      if (month == null && m.group("mon") != null) {
        month = String.valueOf(monthOf(m.group("mon")));
      }
      if (month != null) {
        return new ReferenceDate(
            LocalDate.of(year, Integer.parseInt(month), 1), DatePrecision.MONTH, m.start());
      }
      return year(year, doc, m.start());
    }
    if (m.group("lastYear") != null) {
      return year(doc.getYear() - 1, doc, m.start());
    }
    if (m.group("twoYears") != null) {
      return year(doc.getYear() - 2, doc, m.start());
    }
    if (m.group("thisYear") != null) {
      return year(doc.getYear(), doc, m.start());
    }
    LocalDate lm = doc.minusMonths(1).withDayOfMonth(1);
    return new ReferenceDate(lm, DatePrecision.MONTH, m.start());
  }

  private static ReferenceDate year(int year, LocalDate doc, int start) {
    LocalDate mid = LocalDate.of(year, 7, 1);
    return new ReferenceDate(mid.isAfter(doc) ? doc : mid, DatePrecision.YEAR, start);
  }

  private static int monthOf(String mon) {
    return switch (mon.toLowerCase(java.util.Locale.ROOT).substring(0, 3)) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      default -> 12;
    };
  }
}
