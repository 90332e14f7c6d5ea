package dev.signaldesk.indexer.signal.price;

/**
 * Reads Chinese numerals as they appear in prices: 十二万 (120,000), 七万五 (75,000, the trailing digit
 * is one unit below the last one), 三千五 (3,500), 两万 (20,000), and the spoken range 七八千
 * (7,000–8,000).
 */
final class ChineseNumerals {

  private ChineseNumerals() {}

  static boolean isNumeral(char c) {
    return digit(c) >= 0 || unit(c) > 0;
  }

  /** The numeral starting at {@code i}, or null if none starts there. */
  static NumberToken read(String s, int i) {
    NumberToken range = readRange(s, i);
    if (range != null) {
      return range;
    }
    long total = 0;
    long section = 0;
    int digit = -1;
    boolean anyUnit = false;
    int j = i;
    for (; j < s.length(); j++) {
      char c = s.charAt(j);
      int d = digit(c);
      long u = unit(c);
      if (d >= 0) {
        if (digit >= 0) {
          break; // two digits in a row is not one number
        }
        long prevUnit = j > i ? unit(s.charAt(j - 1)) : 0;
        boolean nextIsUnit = j + 1 < s.length() && unit(s.charAt(j + 1)) > 0;
        if (prevUnit >= 100 && !nextIsUnit && d > 0) {
          // 七万五 / 三千五: a digit right after a unit is one step smaller; it ends the number.
          return token(i, j + 1, total + section + d * (prevUnit / 10), true);
        }
        digit = d;
      } else if (u > 0 && u < 10_000) {
        section += (digit < 0 ? 1 : digit) * u;
        digit = -1;
        anyUnit = true;
      } else if (u >= 10_000) {
        section += Math.max(digit, 0);
        total += (section == 0 ? 1 : section) * u;
        section = 0;
        digit = -1;
        anyUnit = true;
      } else {
        break;
      }
    }
    if (j == i) {
      return null;
    }
    long value = total + section + Math.max(digit, 0);
    return value == 0 ? null : token(i, j, value, anyUnit);
  }

  private static NumberToken readRange(String s, int i) {
    if (i + 2 >= s.length()) {
      return null;
    }
    int a = digit(s.charAt(i));
    int b = digit(s.charAt(i + 1));
    long u = unit(s.charAt(i + 2));
    if (a < 1 || b != a + 1 || u == 0) {
      return null;
    }
    int end = i + 3;
    long scale = u;
    if (u < 10_000 && end < s.length() && unit(s.charAt(end)) >= 10_000) {
      scale *= unit(s.charAt(end)); // 三四十万
      end++;
    }
    return new NumberToken(i, end, a * scale, b * scale, "cn");
  }

  private static NumberToken token(int start, int end, long value, boolean multiplied) {
    return new NumberToken(start, end, value, value, multiplied ? "cn" : null);
  }

  static int digit(char c) {
    return switch (c) {
      case '零', '〇' -> 0;
      case '一' -> 1;
      case '二', '两' -> 2;
      case '三' -> 3;
      case '四' -> 4;
      case '五' -> 5;
      case '六' -> 6;
      case '七' -> 7;
      case '八' -> 8;
      case '九' -> 9;
      default -> -1;
    };
  }

  static long unit(char c) {
    return switch (c) {
      case '十' -> 10;
      case '百' -> 100;
      case '千' -> 1000;
      case '万' -> 10_000;
      case '亿' -> 100_000_000;
      default -> 0;
    };
  }
}
