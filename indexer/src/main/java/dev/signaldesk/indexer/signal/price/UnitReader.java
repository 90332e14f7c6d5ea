package dev.signaldesk.indexer.signal.price;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the unit of a price: the phrase right after it ("元/卡/时", "万/台/月", "per GPU-hour", "a
 * month", "一张") and the cue words just before it ("月租", "单卡", "整机", "hourly rate of").
 */
final class UnitReader {
  private static final String GPU = "(?<%s>张|卡|片|GPU|(?i:gpus?|cards?|chips?))";
  private static final String SRV =
      "(?<%s>台|整机|机器|机|服务器|节点|(?i:servers?|nodes?|machines?|box(?:es)?))";
  private static final String PF = "(?<pf>P|PF|(?i:pflops))";
  private static final String TIME =
      "(?<%s>小时|钟头|个月|月|年|天|日|时|(?i:hours?|hrs?|h|days?|months?|mo|years?|yr))(?![A-Za-z])";
  private static final String SEP = "(?:\\s?(?:/|每|一|(?i:per|an?|each|every))\\s?|\\s?[·・-]\\s?)";
  private static final Pattern AFTER =
      Pattern.compile(
          "^\\s?(?:左右|上下|多|出头|附近|起|以下|以内|以上|(?i:or so))?\\s?"
              + "(?:"
              + SEP
              + "(?:"
              + GPU.formatted("gpu")
              + "|"
              + SRV.formatted("srv")
              + "|"
              + PF
              + ")(?:"
              + "(?:"
              + SEP
              + "|\\s)?"
              + TIME.formatted("time")
              + ")?"
              + "|"
              + SEP
              + TIME.formatted("time2")
              + "(?:"
              + SEP
              + "(?:"
              + GPU.formatted("gpu2")
              + "|"
              + SRV.formatted("srv2")
              + "))?"
              + "|(?<each>\\s?(?i:each|apiece|a piece))"
              + ")");
  private static final Pattern PERIOD_BEFORE =
      Pattern.compile(
          "(?<month>月租|每月|一个月|每个月|包月|月费|月付|(?i:monthly|per month|a month))|(?<hour>时租|每小时|小时租|每卡时|每卡每时|每卡小时|(?i:hourly|per hour|an hour))|"
              + "(?<day>日租|每天|每日|(?i:daily|per day))|(?<year>年租|每年|一年|年费|年付|(?i:annual|yearly|per year|a year))");
  private static final Pattern PFLOPS_BEFORE = Pattern.compile("每P|每PFLOPS|(?i:per pflops)");
  private static final Pattern SCOPE_BEFORE =
      Pattern.compile(
          "(?<gpu>单卡|每卡时|每卡|每张|一张|单张|每颗|单颗|每块|(?i:per (?:gpu|card|chip)|a (?:card|chip)))|(?<srv>整机|每台|一台|单台|整台|(?i:per (?:server|node)|a server))");

  private UnitReader() {}

  /** The unit phrase starting at {@code from} (right after the amount). */
  static Unit after(String s, int from) {
    Matcher m = AFTER.matcher(s).region(from, s.length());
    if (!m.lookingAt()) {
      return Unit.none(from);
    }
    if (m.group("each") != null) {
      return new Unit(0, null, false, m.end());
    }
    Boolean server = null;
    if (m.group("gpu") != null || m.group("gpu2") != null) {
      server = Boolean.FALSE;
    } else if (m.group("srv") != null || m.group("srv2") != null) {
      server = Boolean.TRUE;
    }
    boolean pf = m.group("pf") != null;
    String time = m.group("time") != null ? m.group("time") : m.group("time2");
    Integer hours = time == null ? null : hoursOf(time);
    if (hours == null && (server != null) && !pf) {
      hours = 0; // "一张", "/台", "per chip": a sale unit
    }
    return new Unit(hours, server, pf, m.end());
  }

  /** Cue words in {@code s[from, to)}, the nearest one to {@code to} winning. */
  static Unit before(String s, int from, int to) {
    String window = s.substring(Math.max(0, from), to);
    Integer hours = null;
    Matcher p = PERIOD_BEFORE.matcher(window);
    while (p.find()) {
      hours =
          p.group("month") != null
              ? 730
              : p.group("hour") != null ? 1 : p.group("day") != null ? 24 : 8760;
    }
    Boolean server = null;
    Matcher sc = SCOPE_BEFORE.matcher(window);
    while (sc.find()) {
      server = sc.group("srv") != null;
    }
    return new Unit(hours, server, PFLOPS_BEFORE.matcher(window).find(), to);
  }

  private static Integer hoursOf(String t) {
    String u = t.toLowerCase(java.util.Locale.ROOT);
    if (u.equals("小时") || u.equals("钟头") || u.equals("时") || u.startsWith("h")) {
      return 1;
    }
    if (u.equals("天") || u.equals("日") || u.startsWith("day")) {
      return 24;
    }
    if (u.equals("月") || u.equals("个月") || u.startsWith("mo")) {
      return 730;
    }
    return 8760;
  }
}
