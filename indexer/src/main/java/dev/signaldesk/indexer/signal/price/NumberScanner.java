package dev.signaldesk.indexer.signal.price;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every number in a sentence: Arabic numerals with thousands separators and decimals, their
 * multipliers (万, 亿, 千, chat {@code w}/{@code k}, million, thousand), and Chinese numerals. It does
 * not decide what a number means; {@link AmountReader} does.
 */
final class NumberScanner {
  private static final Pattern ARABIC =
      Pattern.compile(
          "(?<![A-Za-z0-9.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?"
              + "(?:\\s?(万亿|万|亿|千|w|W|k|K|million|mn|thousand|billion|bn|m|M)(?![A-Za-z]))?");
  // A watt figure is written like a chat "w": reject that reading when the sentence talks power.
  private static final Pattern POWER =
      Pattern.compile("功耗|功率|TDP|瓦|(?i:power|watts?\\b|draws?\\b)");

  private NumberScanner() {}

  static List<NumberToken> scan(String s) {
    if (!mayHoldNumber(s)) {
      return List.of();
    }
    // An upper-case W in an English sentence is a watt figure, never the chat shorthand for 万.
    boolean powerTalk = POWER.matcher(s).find();
    boolean english =
        s.codePoints()
            .noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    List<NumberToken> out = new ArrayList<>();
    // Matched in place at each digit (transparent bounds let the look-behind see the text before
    // it): find(i) would scan ahead through the rest of the sentence whenever i does not match.
    Matcher m = ARABIC.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9' && m.region(i, s.length()).lookingAt()) {
        out.add(arabic(m, powerTalk, english));
        i = out.get(out.size() - 1).end();
      } else if (ChineseNumerals.isNumeral(c) && !glued(s, i)) {
        NumberToken t = ChineseNumerals.read(s, i);
        if (t != null) {
          out.add(t);
          i = t.end();
        } else {
          i++;
        }
      } else if (c >= '0' && c <= '9') {
        while (i < s.length() && Character.isLetterOrDigit(s.charAt(i)) && s.charAt(i) < 128) {
          i++; // skip tokens such as "H100" or "4x" whose digits are part of a word
        }
      } else {
        i++;
      }
    }
    return out;
  }

  /** 一 inside words such as 一些, 统一, 万一 is not a number we care about. */
  private static boolean glued(String s, int i) {
    char c = s.charAt(i);
    if (c == '万' || c == '千' || c == '百' || c == '亿') {
      return i == 0 || ChineseNumerals.digit(s.charAt(i - 1)) < 0; // "万卡" alone is a word
    }
    return false;
  }

  private static NumberToken arabic(Matcher m, boolean powerTalk, boolean english) {
    double v =
        Double.parseDouble(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
    String mult = m.group(3);
    if (mult != null
        && ((powerTalk && mult.equalsIgnoreCase("w")) || (english && mult.equals("W")))) {
      return new NumberToken(m.start(), m.start(3), v, v, null);
    }
    if (mult == null) {
      return new NumberToken(m.start(), m.end(), v, v, null);
    }
    double f = factor(mult);
    return new NumberToken(m.start(), m.end(), v * f, v * f, mult);
  }

  /** The factor a written multiplier stands for (万 → 10⁴); 1 for none or unknown. */
  static double factor(String multiplier) {
    if (multiplier == null) {
      return 1;
    }
    return switch (multiplier.toLowerCase(Locale.ROOT)) {
      case "万", "w" -> 1e4;
      case "千", "k", "thousand" -> 1e3;
      case "亿" -> 1e8;
      case "万亿" -> 1e12;
      case "million", "mn", "m" -> 1e6;
      case "billion", "bn" -> 1e9;
      default -> 1;
    };
  }

  private static boolean mayHoldNumber(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '0' && c <= '9') || ChineseNumerals.isNumeral(c)) {
        return true;
      }
    }
    return false;
  }
}
