package dev.signaldesk.indexer.signal.price;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence says around its prices: whether it talks about whole servers, renting, selling,
 * or company money (revenue, funding) that must not be read as a GPU price, and how many GPUs a
 * server has when it says so ("8卡", "八卡", "8x", "eight-GPU").
 */
record SentenceCues(
    boolean server,
    boolean rent,
    boolean sale,
    boolean saleVerb,
    boolean companyMoney,
    Integer gpus) {
  // Words that make a sentence about buying or selling even when it also mentions rent.
  private static final Pattern SALE_VERB =
      Pattern.compile(
          "售|卖|买|采购|成交|回收|(?<!租)收(?!入|益)|出(?!租|头|现|来|口|于|自|了)|(?i:\\bsold\\b|\\bsell|\\bbought\\b|\\bbuy|purchase)");
  private static final Pattern SERVER =
      Pattern.compile(
          "整机|服务器|一台|每台|单台|节点|一机|[0-9一二两四八十六]+\\s?卡(?!时)|[0-9]+\\s?[x×*]\\s?(?=[A-Za-z])|"
              + "(?i:servers?\\b|nodes?\\b|\\bbox(es)?\\b|\\bDGX|\\bHGX|\\b(?:eight|four|sixteen|\\d{1,2})[- ](?:gpu|card|way)s?\\b)");
  private static final Pattern RENT = Pattern.compile("租|(?i:\\brent|\\bleas|rental)");
  private static final Pattern SALE =
      Pattern.compile(
          "售|卖|出|收|价|买|购|成交|拿货|转让|(?i:\\bsold\\b|\\bsell|\\bprice|\\bcost|\\bfetch|went for|asking|quote|\\bbuy|purchase|\\bbought)");
  private static final Pattern COMPANY_MONEY =
      Pattern.compile(
          "营收|收入|价值|营业额|销售额|融资|投资|估值|市值|订单|合同|总价|总额|总金额|金额|规模|补贴|利润|净利|亏损额|出货额|预算|资本开支|"
              + "(?i:revenue|worth|sales of|funding|raised|valuation|invest|\\border|contract|deal worth|capex|budget|subsid|profit|market cap)");
  private static final Pattern GPUS =
      Pattern.compile(
          "(?<n>\\d{1,2}|[一二两四八十六]{1,2})\\s?(?:卡|张卡|块卡|张|块)(?!时)|(?<x>\\d{1,2})\\s?[x×*]\\s?(?=[A-Za-z])|"
              + "(?<d>\\d{1,2})[- ](?i:gpus?|cards?)\\b|(?<w>(?i:eight|four|sixteen))[- ](?i:gpus?|cards?|way)\\b|一机(?<c>[四八])卡");

  static SentenceCues of(String s) {
    return new SentenceCues(
        SERVER.matcher(s).find(),
        RENT.matcher(s).find(),
        SALE.matcher(s).find(),
        SALE_VERB.matcher(s).find(),
        COMPANY_MONEY.matcher(s).find(),
        gpus(s));
  }

  private static Integer gpus(String s) {
    Matcher m = GPUS.matcher(s);
    while (m.find()) {
      String n =
          m.group("n") != null
              ? m.group("n")
              : m.group("x") != null
                  ? m.group("x")
                  : m.group("d") != null
                      ? m.group("d")
                      : m.group("w") != null ? m.group("w") : m.group("c");
      int v = count(n);
      if (v >= 2 && v <= 16) {
        return v;
      }
    }
    return null;
  }

  private static int count(String n) {
    if (n.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(n);
    }
    return switch (n.toLowerCase(java.util.Locale.ROOT)) {
      case "two", "二", "两" -> 2;
      case "four", "四" -> 4;
      case "eight", "八" -> 8;
      case "十", "ten" -> 10;
      case "十六", "sixteen" -> 16;
      default -> 0;
    };
  }
}
