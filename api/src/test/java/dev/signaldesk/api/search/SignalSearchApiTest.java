package dev.signaldesk.api.search;

import static dev.signaldesk.api.testing.SearchCalls.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signaldesk.api.conf.ServerProperties;
import dev.signaldesk.api.testing.Http;
import dev.signaldesk.api.testing.IndexedDataDir;
import dev.signaldesk.api.testing.SearchCalls;
import dev.signaldesk.api.testing.TestReports;
import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.model.Provenance;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportIds;
import dev.signaldesk.model.ReportKind;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * GET /api/search with the signals contributor: signal filters, ranges, story collapse, facets on
 * model/side/month, and the result cache (hits counted, nothing stale after an import).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignalSearchApiTest implements TestPropertyProvider {
  static final String BODY =
      "甘肃庆阳一家智算中心本周开始抛售闲置的H100服务器，报价明显低于市场价。知情人士透露，这批设备是2023年高峰时采购的，"
          + "当时8卡H100整机月租可以签到18万元，如今同样配置的月租只有7万元左右，租户还在不断减少。\n\n"
          + "一位算力经纪人说，过去两个月他手上的询价以出售为主，求购的人很少，不少机房宁可折价出售也不愿继续空置。"
          + "业内人士认为，供过于求的局面短期内难以改变，二手市场的价格还会继续承压。";

  /** A Chinese piece on a sell-off in Gansu. */
  static final Report ORIGIN = news("https://36kr.com/p/3100000042", "36kr", BODY, "2025-06-10");

  /** Its verbatim WeChat repost two days later. */
  static final Report REPOST =
      news("https://mp.weixin.qq.com/s/repost-gansu", "wechat", BODY, "2025-06-12");

  @Inject
  @Client("/")
  HttpClient client;

  @Inject ReportIndex index;
  @Inject MeterRegistry meters;

  @Override
  public Map<String, String> getProperties() {
    try {
      Path dir =
          Files.createTempDirectory(
              Files.createDirectories(Path.of("target", "api-test-data")), "signals");
      return Map.of(
          ServerProperties.DATA_DIR,
          dir.toAbsolutePath().toString(),
          "signaldesk.api.key",
          IndexedDataDir.ADMIN_KEY);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeAll
  void indexReports() {
    TestReports.ALL.forEach(index::upsert);
    index.upsert(ORIGIN);
    index.commit();
    index.refresh(); // the repost's story is found through the searcher
    index.upsert(REPOST);
    index.commit();
  }

  private JsonNode search(String... params) throws Exception {
    return SearchCalls.search(client, IndexedDataDir.ADMIN_KEY, params);
  }

  @Test
  void modelFilterKeepsReportsAboutThatGpu() throws Exception {
    JsonNode r = search("model", "h100", "collapse", "false");

    assertThat(ids(r))
        .containsExactlyInAnyOrder(
            TestReports.SELL_OFF_ZH.id(), TestReports.DUMP_EN.id(), ORIGIN.id(), REPOST.id());
  }

  @Test
  void aRepostCollapsesIntoItsOriginWithACount() throws Exception {
    JsonNode collapsed = search("q", "庆阳 抛售");
    JsonNode all = search("q", "庆阳 抛售", "collapse", "false");

    assertThat(ids(all)).containsExactlyInAnyOrder(ORIGIN.id(), REPOST.id());
    assertThat(collapsed.path("hits")).as(collapsed.toString()).hasSize(1);
    JsonNode head = collapsed.path("hits").get(0);
    assertThat(head.path("moreInStory").asLong()).isEqualTo(1);
    assertThat(head.path("storyId").asText()).isNotBlank();
    assertThat(all.path("hits").get(0).path("moreInStory").asLong()).isZero();
  }

  @Test
  void priceRangeIsInYuanPerGpuHour() throws Exception {
    JsonNode a100Band = search("minPrice", "2", "maxPrice", "3");
    JsonNode h100Band = search("minPrice", "10", "maxPrice", "15", "collapse", "false");

    assertThat(ids(a100Band)).containsExactly(TestReports.A100_ZH.id());
    assertThat(ids(h100Band))
        .contains(TestReports.DUMP_EN.id())
        .doesNotContain(TestReports.A100_ZH.id());
  }

  @Test
  void sideFilterFindsTheChatOffer() throws Exception {
    assertThat(ids(search("side", "sell"))).contains(TestReports.CHAT_SELL.id());
    assertThat(ids(search("side", "buy"))).doesNotContain(TestReports.CHAT_SELL.id());
  }

  @Test
  void facetsCountModelsSidesAndMonths() throws Exception {
    JsonNode facets = search("collapse", "false").path("facets");

    assertThat(facets.path("model").path("H100").asLong()).isEqualTo(4);
    assertThat(facets.path("side").path("SELL").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(facets.path("month").path("2025-03").asLong()).isEqualTo(1);
    assertThat(facets.path("month").path("2025-06").asLong()).isEqualTo(2);
    // 2025-04-30 17:30 UTC is already May in China.
    assertThat(facets.path("month").path("2025-05").asLong()).isEqualTo(1);
    List<String> months = new ArrayList<>();
    facets.path("month").fieldNames().forEachRemaining(months::add);
    assertThat(months).isSorted();
  }

  @Test
  void reversedSentimentRangeIsABadParameter() {
    HttpResponse<String> r = Http.get(client, "/api/search?minSentiment=0.5&maxSentiment=-0.5");
    assertThat(r.code()).isEqualTo(400);
    assertThat(Http.body(r)).contains("minSentiment");
  }

  @Test
  void repeatedSearchIsServedFromTheCacheAndAnImportIsSeenAtOnce() throws Exception {
    String q = "GPU rental";
    long before = search("q", q).path("total").asLong();
    double hits = cacheGets("hit");
    search("q", q);
    assertThat(cacheGets("hit")).isEqualTo(hits + 1);

    Report fresh =
        new Report(
            ReportIds.forUrl("https://example.com/news/gpu-rental-fresh"),
            "feed-en",
            ReportKind.NEWS,
            "https://example.com/news/gpu-rental-fresh",
            "https://example.com/news/gpu-rental-fresh",
            "GPU rental demand returns to Guizhou",
            "GPU rental contracts in Guizhou were signed at about 2.6 yuan per GPU-hour for A100.",
            null,
            "en",
            Instant.parse("2026-11-25T02:00:00Z"),
            Instant.parse("2026-11-26T00:00:00Z"),
            null,
            Provenance.crawled("text/html", "crawl-00003.warc.gz", "<urn:uuid:fresh>"),
            null);
    index.upsert(fresh);
    index.commit();

    JsonNode after = search("q", q);
    assertThat(after.path("total").asLong()).isEqualTo(before + 1);
    assertThat(ids(after)).contains(fresh.id());
  }

  private double cacheGets(String result) {
    var counter =
        meters.find("cache.gets").tag("cache", "search").tag("result", result).functionCounter();
    return counter == null ? 0 : counter.count();
  }

  private static Report news(String url, String source, String text, String day) {
    return new Report(
        ReportIds.forUrl(url),
        source,
        ReportKind.NEWS,
        url,
        url,
        "庆阳智算中心抛售闲置H100服务器",
        text,
        null,
        "zh",
        Instant.parse(day + "T02:00:00Z"),
        Instant.parse("2026-11-20T00:00:00Z"),
        null,
        Provenance.crawled("text/html", "crawl-00002.warc.gz", "<urn:uuid:" + source + ">"),
        null);
  }
}
