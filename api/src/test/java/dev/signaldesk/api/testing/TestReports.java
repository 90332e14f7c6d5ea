package dev.signaldesk.api.testing;

import dev.signaldesk.model.ChatInfo;
import dev.signaldesk.model.Provenance;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportIds;
import dev.signaldesk.model.ReportKind;
import java.time.Instant;
import java.util.List;

/** A handful of reports written for these tests, Chinese and English, news and chat. */
public final class TestReports {
  private static final Instant FETCHED = Instant.parse("2026-11-20T00:00:00Z");

  /** Chinese, 36kr: a sell-off of H100 servers; says 英伟达, never "Nvidia". */
  public static final Report SELL_OFF_ZH =
      news(
          "36kr",
          "https://36kr.com/p/3100000001",
          "内蒙古智算中心抛售闲置H100服务器",
          "内蒙古一家智算中心近日以低于市场价的价格抛售闲置的H100服务器。"
              + "业内人士称，8卡H100整机月租已从2023年高峰时的18万元跌至7.5万元左右。\n\n"
              + "英伟达显卡的二手报价也随之回落，不少机房选择提前终止租约。",
          "zh",
          "2025-03-04T02:00:00Z");

  /** English feed: the same story from the outside; says "Nvidia" and "dump". */
  public static final Report DUMP_EN =
      news(
          "feed-en",
          "https://example.com/news/idle-gpus-gansu",
          "Chinese data centres dump idle Nvidia GPUs",
          "Operators in Gansu are trying to dump H100 servers at below-market rates. Rent for an"
              + " eight-GPU server fell to about 75,000 yuan a month, traders said.",
          "en",
          "2025-04-10T09:15:00Z");

  /** Chinese, jazzyear: A100 rentals; mentions a standalone 100 (一次上架100台), no H100. */
  public static final Report A100_ZH =
      news(
          "jazzyear",
          "https://www.jazzyear.com/article_info.html?id=4711",
          "A100租赁价格企稳",
          "贵州一家服务商一次上架了 100 台A100服务器，报价约2.5元/卡时，较去年同期基本持平。",
          "zh",
          "2026-02-18T04:00:00Z");

  /**
   * A trade-group chat message, sent 2025-04-30 17:30 UTC, which is already 1 May in China: a
   * {@code to=2025-04-30} filter (China days) must leave it out.
   */
  public static final Report CHAT_SELL =
      new Report(
          ReportIds.forChat("算力交易群", "42"),
          "chat:wechat-memotrace-csv",
          ReportKind.CHAT,
          null,
          null,
          "算力交易群",
          "出 8卡H800整机两台，急出，价格可谈",
          "trader-7f3a",
          "zh",
          Instant.parse("2025-04-30T17:30:00Z"),
          FETCHED,
          null,
          Provenance.imported("算力交易群.csv", "wechat-memotrace-csv", 17),
          new ChatInfo("算力交易群", "trader-7f3a", "text", null, null, "SELL"));

  /** English, 2026: rental prices recover. */
  public static final Report RECOVERY_EN =
      news(
          "feed-en",
          "https://example.com/news/h200-rental-recovery",
          "GPU rental prices recover in 2026",
          "Several providers announced a 30% price rise for H200 and B200 rentals as demand for"
              + " inference capacity returned.",
          "en",
          "2026-06-02T03:00:00Z");

  public static final List<Report> ALL =
      List.of(SELL_OFF_ZH, DUMP_EN, A100_ZH, CHAT_SELL, RECOVERY_EN);

  private TestReports() {}

  private static Report news(
      String source, String url, String title, String text, String lang, String published) {
    return new Report(
        ReportIds.forUrl(url),
        source,
        ReportKind.NEWS,
        url,
        url,
        title,
        text,
        null,
        lang,
        Instant.parse(published),
        FETCHED,
        null,
        Provenance.crawled("text/html; charset=utf-8", "crawl-00001.warc.gz", "<urn:uuid:test>"),
        null);
  }
}
