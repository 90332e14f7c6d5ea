package dev.signaldesk.indexer.signal.price;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which numbers in a sentence are sums of money. A number counts when a currency is written
 * next to it, or when it carries a multiplier (万, w, k) or is followed by a price unit and nothing
 * that makes it a quantity: card counts (1万张), memory (80GB), power (700W), compute (2万P),
 * percentages, years (2023年) and durations are rejected here.
 */
final class AmountReader {
  private static final Pattern CURRENCY_BEFORE =
      Pattern.compile("(US\\$|\\$|USD|¥|￥|RMB|CNY|人民币)\\s*$");
  private static final Pattern CURRENCY_AFTER =
      Pattern.compile(
          "^\\s?(元人民币|元|块钱|块(?!显?卡|GPU|板|\\s?[A-Za-z0-9])|人民币|RMB|rmb|CNY|(?i:yuan)|美元|美金|USD|US dollars|dollars?|刀)");
  private static final Pattern QUANTITY_AFTER =
      Pattern.compile(
          "^\\s?(张|卡|台|片|颗|枚|个|家|人|套|座|条|次|倍|成|%|％|百分点|块|P(?![a-z])|PF|EF|E(?![a-z])|"
              + "T(?![a-z])|TFLOPS|TOPS|TB|GB|G(?![a-z])|MB|W(?![a-z])|瓦|kW|KW|千瓦|MW|兆瓦|度|平|亩|吨|"
              + "年|月|日|号|天|小时|分钟|周|nm|纳米|卡时|(?i:gpus?\\b|cards?\\b|chips?\\b|servers?\\b|"
              + "nodes?\\b|units?\\b|people|percent|per ?cent|x\\b|times\\b|hours?\\b|days?\\b|"
              + "months?\\b|years?\\b|weeks?\\b)|×)");
  private static final Pattern RANGE_SEP =
      Pattern.compile("^\\s*(?:元|美元|块)?\\s*(?:-|–|—|~|～|至|到|(?i:to))\\s*(?:US\\$|\\$|¥|￥)?\\s*$");
  private static final Pattern FROM_BEFORE = Pattern.compile("(从|由|(?i:from))\\s*\\S{0,6}$");
  private static final Pattern CHANGE_VERB =
      Pattern.compile(
          "降|跌|涨|升|调|回落|(?i:fell|fall|drop|rose|rise|climb|cut|rais|jump|slid|slump|declin|increas|decreas|plung)");
  private static final Pattern BELOW_BEFORE =
      Pattern.compile(
          "(跌破|跌穿|低于|不到|不足|不超过|少于|(?i:below|under|less than|no more than))\\s*(US\\$|\\$|¥|￥)?\\s*$");
  private static final Pattern ABOVE_BEFORE =
      Pattern.compile(
          "(超过|高于|逾|至少|不低于|(?i:above|over|more than|at least))\\s*(US\\$|\\$|¥|￥)?\\s*$");
  private static final Pattern BOUND_AFTER = Pattern.compile("^\\s?(以下|以内|之下|以上|起)");
  private static final Pattern PRICE_UNIT_AFTER =
      Pattern.compile("^\\s?(/|每|一张|一台|一个月|一小时|一天|(?i:per\\b|an hour|a month|a day|each))");
  // After a bare 万/w/k figure, only these may follow if it is to be read as money.
  private static final Pattern MONEY_CONTEXT_AFTER =
      Pattern.compile(
          "^\\s?($|[，,。；;！!？?）)、/]|\\s(?![A-Za-z0-9])|左右|上下|多|出头|附近|一|每|出|收|起|以|的|(?i:per|each|a\\b|an\\b))");

  // A bare figure right after a price word ("月租 2800", "售价 16000") is money in chat shorthand.
  private static final Pattern PRICE_WORD_BEFORE =
      Pattern.compile(
          "(月租|日租|时租|年租|租金|租价|售价|报价|单价|价格|卖|(?i:price[ds]?|rent|rents))\\s?(约|大约|为|是|在|:|：|(?i:at|of|about|around))?\\s?$");

  // "between $2 and $2.50" is a range, as "2至2.5" is.
  private static final Pattern BETWEEN = Pattern.compile("(?i:between)\\s*(US\\$|\\$|¥)?\\s*$");
  private static final Pattern BETWEEN_AND =
      Pattern.compile("^\\s*(?:元|yuan|dollars?)?\\s*(?i:and)\\s*(?:US\\$|\\$|¥)?\\s*$");

  private AmountReader() {}

  static List<Amount> read(String s) {
    List<NumberToken> numbers = mergeRanges(s, NumberScanner.scan(s));
    List<Amount> out = new ArrayList<>();
    for (NumberToken n : numbers) {
      Amount a = money(s, n);
      if (a != null) {
        out.add(a);
      }
    }
    return out;
  }

  private static Amount money(String s, NumberToken n) {
    String before = s.substring(Math.max(0, n.start() - 12), n.start());
    String after = s.substring(n.end(), Math.min(s.length(), n.end() + 24));
    Currency currency = null;
    int start = n.start();
    int end = n.end();
    Matcher cb = CURRENCY_BEFORE.matcher(before);
    if (cb.find()) {
      currency = currencyOf(cb.group(1));
      start = n.start() - (before.length() - cb.start());
    }
    Matcher ca = CURRENCY_AFTER.matcher(after);
    if (ca.lookingAt()) {
      currency = currencyOf(ca.group(1));
      end = n.end() + ca.end();
    }
    if (currency == null) {
      if (QUANTITY_AFTER.matcher(after).lookingAt() || isYear(s, n)) {
        return null;
      }
      boolean unitFollows =
          PRICE_UNIT_AFTER.matcher(after).lookingAt()
              || (Character.isDigit(s.charAt(n.start()))
                  && PRICE_WORD_BEFORE.matcher(before).find());
      if (!n.multiplied() && !Character.isDigit(s.charAt(n.start()))) {
        return null; // a lone Chinese numeral (一, 两) without 元 is a count, not a sum
      }
      boolean moneyMultiplier = n.multiplied() && MONEY_CONTEXT_AFTER.matcher(after).lookingAt();
      if (!unitFollows && !moneyMultiplier) {
        return null;
      }
      if (!n.multiplied() && n.low() == Math.rint(n.low()) && !unitFollows) {
        return null;
      }
    }
    Bound bound = null;
    String head = s.substring(Math.max(0, start - 16), start);
    if (BELOW_BEFORE.matcher(head).find()) {
      bound = Bound.BELOW;
    } else if (ABOVE_BEFORE.matcher(head).find()) {
      bound = Bound.ABOVE;
    }
    int afterBound = end;
    Matcher ba = BOUND_AFTER.matcher(s).region(end, s.length());
    if (ba.lookingAt()) {
      bound = ba.group(1).equals("以上") || ba.group(1).equals("起") ? Bound.ABOVE : Bound.BELOW;
      afterBound = ba.end();
    }
    return new Amount(start, end, n.low(), n.high(), currency, bound, afterBound);
  }

  private static boolean isYear(String s, NumberToken n) {
    return !n.multiplied() && n.low() >= 1990 && n.low() <= 2040 && n.low() == Math.rint(n.low());
  }

  static Currency currencyOf(String word) {
    String w = word.trim().toLowerCase(java.util.Locale.ROOT);
    return w.contains("$")
            || w.startsWith("us")
            || w.startsWith("dollar")
            || w.equals("美元")
            || w.equals("美金")
            || w.equals("刀")
        ? Currency.USD
        : Currency.CNY;
  }

  /** "12-18万" and "$2 to $2.5" are one amount: the first number takes the second's multiplier. */
  private static List<NumberToken> mergeRanges(String s, List<NumberToken> in) {
    List<NumberToken> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      NumberToken a = in.get(i);
      if (i + 1 < in.size()) {
        NumberToken b = in.get(i + 1);
        String between = s.substring(a.end(), b.start());
        String head = s.substring(0, a.start());
        boolean change =
            FROM_BEFORE.matcher(head).find()
                && (CHANGE_VERB.matcher(head).find() || CHANGE_VERB.matcher(between).find());
        boolean betweenAnd = BETWEEN_AND.matcher(between).matches() && BETWEEN.matcher(head).find();
        if (!change && (RANGE_SEP.matcher(between).matches() || betweenAnd) && !isYear(s, a)) {
          double f = a.multiplied() || !b.multiplied() ? 1 : factorOf(b);
          double low = a.low() * f;
          if (low < b.high() && low > 0) {
            out.add(new NumberToken(a.start(), b.end(), low, b.high(), b.multiplier()));
            i++;
            continue;
          }
        }
      }
      out.add(a);
    }
    return out;
  }

  /** The factor a written multiplier stands for (万 → 10⁴); 1 for Chinese-numeral units. */
  static double factorOf(NumberToken t) {
    return "cn".equals(t.multiplier()) ? 1 : NumberScanner.factor(t.multiplier());
  }
}
