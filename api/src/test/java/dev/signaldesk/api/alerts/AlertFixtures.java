package dev.signaldesk.api.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.model.Provenance;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportIds;
import dev.signaldesk.model.ReportKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/** Reports written for the alert tests, and small JSON helpers. */
final class AlertFixtures {
  static final ObjectMapper JSON = new ObjectMapper();

  private AlertFixtures() {}

  /** A 36Kr-style article at a unique URL. */
  static Report article(String source, String slug, String title, String text) {
    String url = "https://36kr.com/p/" + slug;
    Instant published = Instant.parse("2026-11-27T03:00:00Z");
    return new Report(
        ReportIds.forUrl(url),
        source,
        ReportKind.NEWS,
        url,
        url,
        title,
        text,
        "算力观察",
        "zh",
        published,
        published.plusSeconds(600),
        null,
        Provenance.crawled(
            "text/html; charset=utf-8", "crawl-00002.warc.gz", "<urn:uuid:" + slug + ">"),
        null);
  }

  static Report h100SellOff(String slug) {
    return article(
        "36kr",
        slug,
        "西北智算中心折价抛售H100整机",
        "一家西北智算中心以低于市场价约两成的价格抛售二十台8卡H100服务器，" + "月租报价已从去年的16万元降到6.8万元。");
  }

  /**
   * {@link #h100SellOff} with a code word only this report carries, for tests whose saved queries
   * must not match the other tests' reports.
   */
  static Report h100SellOff(String slug, String codeWord) {
    Report r = h100SellOff(slug);
    return article(r.sourceId(), slug, r.title(), r.text() + " 内部代号 " + codeWord + "。");
  }

  static Report unrelated(String slug) {
    return article("36kr", slug, "新能源车销量周报", "本周新能源车销量环比增长百分之三。");
  }

  /** Upserts and commits through the real index, which runs the commit listeners. */
  static void index(ReportIndex index, Report... reports) {
    for (Report r : reports) {
      index.upsert(r);
    }
    index.commit();
  }

  static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A saved-query request body. */
  static String savedQuery(String name, String query, String filtersJson, String webhookUrl) {
    var node = JSON.createObjectNode().put("name", name).put("query", query);
    if (filtersJson != null) {
      node.set("filters", json(filtersJson));
    }
    if (webhookUrl != null) {
      node.put("webhookUrl", webhookUrl);
    }
    return node.toString();
  }
}
