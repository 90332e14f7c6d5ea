package dev.signaldesk.crawler.crawl.bench;

import java.util.List;
import java.util.Locale;

/**
 * Article texts for the fixture site, written for it and built from templates with figures in the
 * ranges DOMAIN.md gives (8-card H100 servers 60,000-120,000 yuan a month, 1.4-12 yuan per
 * card-hour). Page {@code n} always gets the same text.
 */
final class FixtureArticles {
  private static final List<String> GPUS = List.of("H100", "H800", "A100", "A800", "RTX 4090");
  private static final List<String> CITIES_ZH =
      List.of("内蒙古乌兰察布", "甘肃庆阳", "贵州贵安", "上海临港", "深圳前海", "宁夏中卫", "河北张家口");
  private static final List<String> CITIES_EN =
      List.of("Ulanqab", "Qingyang", "Gui'an", "Lingang", "Qianhai", "Zhongwei", "Zhangjiakou");

  private FixtureArticles() {}

  record Article(String title, List<String> paragraphs, String date) {}

  static Article chinese(int n) {
    String gpu = gpu(n);
    String city = CITIES_ZH.get(n % CITIES_ZH.size());
    int monthly = monthly(n);
    String hourly = hourly(n);
    int racks = 40 + (n * 7) % 300;
    int rate = 25 + (n * 13) % 50;
    return new Article(
        String.format(Locale.ROOT, "%s智算中心%s整机月租降至%d元（第%d期）", city, gpu, monthly, n),
        List.of(
            String.format(
                Locale.ROOT,
                "记者从%s一家智算中心了解到，八卡%s整机的月租目前报价约%d元，比年初下降了接近三成。"
                    + "负责人说，第%d批上架的%d个机柜里，真正有客户在用的只有%d%%。",
                city,
                gpu,
                monthly,
                n,
                racks,
                rate),
            String.format(
                Locale.ROOT,
                "一位算力经纪人表示，%s按卡时计价已经跌到每卡每小时%s元左右，" + "很多合同到期后客户选择不续约，转而按需租用。",
                gpu,
                hourly),
            "业内人士认为，去年集中建设的算力设施在今年陆续交付，需求却没有跟上，" + "部分项目方开始折价转让服务器，希望尽快回笼资金。",
            String.format(
                Locale.ROOT,
                "该中心计划在年底前把上架率提高到%d%%，并推出三个月起租的短期套餐，" + "以吸引中小模型团队。",
                Math.min(95, rate + 20)),
            "分析师提醒，租用算力时要看清合同里的交付时间和违约条款，避免价格继续下行带来的损失。"),
        date(n));
  }

  static Article english(int n) {
    String gpu = gpu(n);
    String city = CITIES_EN.get(n % CITIES_EN.size());
    int monthly = monthly(n);
    String hourly = hourly(n);
    int servers = 60 + (n * 11) % 400;
    return new Article(
        String.format(
            Locale.ROOT,
            "%s rental prices slide again in %s, operators say (no. %d)",
            gpu,
            city,
            n),
        List.of(
            String.format(
                Locale.ROOT,
                "Operators of a computing centre in %s are now quoting about %,d yuan a month for"
                    + " an eight-card %s server, nearly a third less than in January, according to"
                    + " two brokers who handle the site's capacity.",
                city,
                monthly,
                gpu),
            String.format(
                Locale.ROOT,
                "Hourly pricing has followed: one broker said %s cards were changing hands at"
                    + " around %s yuan per card-hour, and that %d servers from cancelled leases were"
                    + " looking for new tenants.",
                gpu,
                hourly,
                servers),
            "Much of the capacity was ordered during last year's rush and is only now being"
                + " delivered, while demand from model builders has not kept pace. Several project"
                + " owners are offering whole halls at a discount to recover cash before the year"
                + " ends.",
            String.format(
                Locale.ROOT,
                "Analysts expect utilisation to stay below %d%% until spring, and warn tenants to"
                    + " read delivery dates and break clauses carefully before signing.",
                50 + n % 30)),
        date(n));
  }

  private static String gpu(int n) {
    return GPUS.get((n / 3) % GPUS.size());
  }

  private static int monthly(int n) {
    return 60_000 + (n * 977) % 60_000;
  }

  private static String hourly(int n) {
    return String.format(Locale.ROOT, "%.2f", 1.4 + ((n * 37) % 1060) / 100.0);
  }

  private static String date(int n) {
    return String.format(
        Locale.ROOT, "2026-11-%02dT%02d:%02d:00+08:00", 1 + n % 27, n % 24, n % 60);
  }
}
