package dev.signaldesk.crawler.chat;

import java.time.LocalDate;

/**
 * Decides whether a WhatsApp file writes day/month or month/day, from every header date in the file
 * (a first, cheap pass). A number above 12 settles it. Otherwise the reading under which the dates
 * run forwards more often wins (exports are in time order); a tie goes to day/month, the order of
 * most locales outside the US.
 */
final class DateOrderVote {

  private boolean firstOver12;
  private boolean secondOver12;
  private LocalDate lastDayFirst;
  private LocalDate lastMonthFirst;
  private long backwardsDayFirst;
  private long backwardsMonthFirst;

  void add(WhatsAppLine line) {
    firstOver12 |= line.first() > 12;
    secondOver12 |= line.second() > 12;
    LocalDate dayFirst = date(line.year(), line.second(), line.first());
    LocalDate monthFirst = date(line.year(), line.first(), line.second());
    if (dayFirst != null) {
      if (lastDayFirst != null && dayFirst.isBefore(lastDayFirst)) {
        backwardsDayFirst++;
      }
      lastDayFirst = dayFirst;
    }
    if (monthFirst != null) {
      if (lastMonthFirst != null && monthFirst.isBefore(lastMonthFirst)) {
        backwardsMonthFirst++;
      }
      lastMonthFirst = monthFirst;
    }
  }

  /** True when the first number is the day. */
  boolean dayFirst() {
    if (firstOver12 != secondOver12) {
      return firstOver12;
    }
    return backwardsDayFirst <= backwardsMonthFirst;
  }

  static LocalDate date(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
