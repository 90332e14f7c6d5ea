package dev.signaldesk.crawler.chat;

import java.util.List;
import java.util.Locale;

/**
 * The trade-chat convention: a post starting with 出 offers to sell, one starting with 收 or 求购 wants
 * to buy (WTS / WTB in English). Common words that merely start with those characters (出现, 收到, 收益
 * …) are not offers.
 */
final class TradeOffer {

  static final String SELL = "SELL";
  static final String BUY = "BUY";

  private static final List<String> NOT_OFFERS =
      List.of(
          "出现", "出来", "出去", "出了", "出问题", "出差", "出台", "出口", "出货量", "收到", "收益", "收入", "收盘", "收费",
          "收回", "收了", "收藏", "收录");

  private TradeOffer() {}

  /** {@code SELL}, {@code BUY} or {@code null}. */
  static String of(String text) {
    String t = text.stripLeading();
    for (String word : NOT_OFFERS) {
      if (t.startsWith(word)) {
        return null;
      }
    }
    if (t.startsWith("出")) {
      return SELL;
    }
    if (t.startsWith("收") || t.startsWith("求购")) {
      return BUY;
    }
    String upper = t.length() >= 3 ? t.substring(0, 3).toUpperCase(Locale.ROOT) : "";
    if (upper.equals("WTS")) {
      return SELL;
    }
    return upper.equals("WTB") ? BUY : null;
  }
}
