package dev.signaldesk.indexer.factcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers a claim could be checked against: Arabic numerals with thousands separators,
 * decimals and multipliers (万, 亿, 千, chat {@code w}/{@code k}, thousand, million, billion),
 * percentages ({@code 80%}, {@code 80 percent}, {@code 百分之八十}) and tenths ({@code 八成} = 80%).
 * Digits glued to letters ({@code H100}, {@code A800}) are model names, not numbers.
 */
final class NumberReader {
  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![A-Za-z0-9.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?"
              + "\\s?(%|％|\\s?per\\s?cent\\b|\\s?percent\\b|万亿|万|亿|千|w\\b|W\\b|k\\b|K\\b"
              + "|\\s?thousand\\b|\\s?million\\b|\\s?billion\\b)?");
  private static final Pattern TENTHS = Pattern.compile("(?<![一二三四五六七八九十])([一二两三四五六七八九])成");
  private static final Pattern PER_HUNDRED = Pattern.compile("百分之([零一二两三四五六七八九十百]+|\\d+)");
  private static final String DIGITS = "零一二三四五六七八九";

  private NumberReader() {}

  static List<ClaimNumber> read(String text) {
    List<ClaimNumber> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      double v = Double.parseDouble(m.group(1).replace(",", "") + orEmpty(m.group(2)));
      String suffix = m.group(3) == null ? "" : m.group(3).strip().toLowerCase(Locale.ROOT);
      boolean percent = suffix.equals("%") || suffix.equals("％") || suffix.contains("cent");
      out.add(new ClaimNumber(percent ? v : v * factor(suffix), percent, m.group().strip()));
    }
    Matcher t = TENTHS.matcher(text);
    while (t.find()) {
      out.add(new ClaimNumber(digit(t.group(1).charAt(0)) * 10, true, t.group()));
    }
    Matcher p = PER_HUNDRED.matcher(text);
    while (p.find()) {
      int v = chineseUpToHundred(p.group(1));
      if (v >= 0) {
        out.add(new ClaimNumber(v, true, p.group()));
      }
    }
    return out;
  }

  private static double factor(String suffix) {
    return switch (suffix) {
      case "万", "w" -> 1e4;
      case "千", "k", "thousand" -> 1e3;
      case "亿" -> 1e8;
      case "万亿" -> 1e12;
      case "million" -> 1e6;
      case "billion" -> 1e9;
      default -> 1;
    };
  }

  /** 八十 → 80, 十五 → 15, 一百 → 100, 35 → 35; -1 if not read. */
  private static int chineseUpToHundred(String s) {
    if (s.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(s);
    }
    if (s.equals("一百") || s.equals("百")) {
      return 100;
    }
    int ten = s.indexOf('十');
    if (ten < 0) {
      return s.length() == 1 ? digit(s.charAt(0)) : -1;
    }
    int tens = ten == 0 ? 1 : digit(s.charAt(0));
    int units = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
    return tens < 0 || units < 0 ? -1 : tens * 10 + units;
  }

  private static int digit(char c) {
    return c == '两' ? 2 : DIGITS.indexOf(c);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
