package dev.signaldesk.indexer;

import dev.signaldesk.config.IndexConfig;
import dev.signaldesk.model.ChatInfo;
import dev.signaldesk.model.Provenance;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportIds;
import dev.signaldesk.model.ReportKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Report fixtures for index and search tests. Texts are invented; figures follow DOMAIN.md. */
public final class TestReports {

  private TestReports() {}

  /** Synonyms as in the defaults; a long refresh interval so that tests refresh explicitly. */
  public static IndexConfig config() {
    return new IndexConfig(
        16,
        Duration.ofHours(1),
        List.of(
            List.of("英伟达", "nvidia"),
            List.of("抛售", "sell off", "selloff", "dump"),
            List.of("算力", "compute power", "computing power"),
            List.of("租金", "rent", "rental")));
  }

  public static Report news(String slug, String source, String title, String text, String day) {
    String url = "https://www." + source + ".example/p/" + slug;
    return new Report(
        ReportIds.forUrl(url),
        source,
        ReportKind.NEWS,
        url,
        url,
        title,
        text,
        "编辑部",
        title.chars().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF) ? "zh" : "en",
        Instant.parse(day + "T08:00:00Z"),
        Instant.parse("2026-11-28T00:00:00Z"),
        null,
        Provenance.crawled(
            "text/html; charset=utf-8", "sd-00001.warc.gz", "<urn:uuid:" + slug + ">"),
        null);
  }

  public static Report chat(String group, String sender, String text, String instant) {
    return new Report(
        ReportIds.forChat(group, instant + "|" + sender + "|" + text),
        "chat:wechat-memotrace-csv",
        ReportKind.CHAT,
        null,
        null,
        group,
        text,
        sender,
        "zh",
        Instant.parse(instant),
        Instant.parse("2026-11-28T00:00:00Z"),
        null,
        Provenance.imported("gpu-traders.csv", "wechat-memotrace-csv", 42),
        new ChatInfo(group, sender, "text", null, null, text.startsWith("出") ? "SELL" : null));
  }

  /** A plain numbered report for bulk tests. */
  public static Report numbered(int i) {
    return news(
        "n" + i,
        i % 2 == 0 ? "36kr" : "jazzyear",
        "算力市场周报 第" + i + "期",
        "本周H100整机租金报价约" + (60 + i % 50) + "千元每月，闲置集群继续增加。",
        "2025-0" + (1 + i % 9) + "-1" + (i % 10));
  }
}
