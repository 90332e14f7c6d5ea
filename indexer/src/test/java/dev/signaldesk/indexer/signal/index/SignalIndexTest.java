package dev.signaldesk.indexer.signal.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.signaldesk.config.ConfigLoader;
import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.indexer.search.QueryFieldRegistry;
import dev.signaldesk.indexer.search.SearchOptions;
import dev.signaldesk.indexer.search.SearchRequest;
import dev.signaldesk.indexer.search.SearchService;
import dev.signaldesk.indexer.signal.SignalExtractor;
import dev.signaldesk.indexer.signal.price.Currency;
import dev.signaldesk.indexer.signal.price.PriceKind;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real on-disk index with the signal contributor: search, price series, stories, receipts. */
class SignalIndexTest {
  static final String BODY =
      "过去一年，国内智算中心的GPU租赁价格持续下行。多位算力经纪人表示，8卡H100整机的月租已经降到7万元，"
          + "部分机房为了回笼资金，开始以低于市场价的方式转让设备。业内人士认为，供给过剩叠加需求放缓，是价格下跌的主要原因。";

  @TempDir Path dir;
  SignalDeskConfig config = new ConfigLoader().defaults();
  ReportIndex index;

  @BeforeEach
  void open() {
    var contributor =
        contributor(Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC));
    index = ReportIndex.open(dir, config.index(), List.of(contributor));
    index.upsert(news("r1", "36kr", "2025-03-05", "8卡H100整机月租7.5万元，市场仍在下跌。"));
    index.upsert(news("r2", "jazzyear", "2025-03-10", BODY));
    index.upsert(
        news("r3", "wechat", "2025-03-11", "原标题：算力租赁观察\n" + BODY + "\n本文来自微信公众号“算力观察”，36氪经授权发布。"));
    index.upsert(chat("r4", "chat:wechat", "2025-03-20", "出租H100 12元/卡时 长租优先"));
    index.upsert(chat("r5", "chat:telegram", "2025-03-21", "H100 租 45元/卡时，有需要的私聊"));
    index.upsert(chat("r6", "chat:wechat", "2025-03-22", "A100 出租 2.5元/卡时"));
    index.upsert(news("r7", "36kr", "2025-04-02", "H100整机月租回升到8万元，供不应求。"));
    index.commit();
    index.refresh();
  }

  @AfterEach
  void close() throws Exception {
    index.close();
  }

  @Test
  void searchesByModelAndPriceRange() {
    var registry = SignalQueryFields.register(QueryFieldRegistry.standard(), config.signals());
    SearchService search = new SearchService(index, registry);
    assertThat(search.search(SearchRequest.of("model:H100", 20)).total()).isEqualTo(6);
    assertThat(
            search.search(SearchRequest.of("model:h100 price_cny_gpu_hour:[0 TO 12.5]", 20)).hits())
        .extracting(h -> h.id())
        .containsExactlyInAnyOrder("r2", "r3", "r4");
  }

  @Test
  void signalFacetsAreCountedFromTheReportDocuments() {
    var registry = SignalQueryFields.register(QueryFieldRegistry.standard(), config.signals());
    var facets =
        new SearchService(index, registry)
            .search(SearchRequest.of("", 20), SearchOptions.FACETED)
            .facets();
    assertThat(facets.get(SignalFields.MODEL)).containsEntry("H100", 6L).containsEntry("A100", 1L);
    assertThat(facets.get(SignalFields.SIGNAL)).containsKey("price");
    assertThat(facets.get(SignalFields.SIDE)).containsKey("SELL");
  }

  @Test
  void aCachedSeriesAndSellOffSeriesFollowTheNextCommit() {
    PriceIndexService prices = new PriceIndexService(index, config.signals());
    SelloffService selloff = new SelloffService(index);
    var before =
        prices.series("H100", PriceKind.RENT, Interval.MONTH, null, null, Currency.CNY, null);
    assertThat(
            prices.series("H100", PriceKind.RENT, Interval.MONTH, null, null, Currency.CNY, null))
        .isSameAs(before);
    int reportsBefore =
        selloff.series(Interval.MONTH, null, null).stream()
            .mapToInt(p -> p.sell() + p.buy() + p.neutral())
            .sum();

    index.upsert(news("r8", "36kr", "2025-05-06", "8卡H100整机月租7.8万元，成交回暖。"));
    index.commit();
    index.refresh();

    var after =
        prices.series("H100", PriceKind.RENT, Interval.MONTH, null, null, Currency.CNY, null);
    assertThat(after.series()).extracting(PricePoint::period).contains("2025-05");
    assertThat(
            selloff.series(Interval.MONTH, null, null).stream()
                .mapToInt(p -> p.sell() + p.buy() + p.neutral())
                .sum())
        .isEqualTo(reportsBefore + 1);
  }

  @Test
  void afterACommitOnlyChangedSegmentsAreScannedAndTheSeriesEqualsAFreshOne() {
    SegmentMentionCache segments = new SegmentMentionCache();
    PriceIndexService prices = new PriceIndexService(index, config.signals(), segments);
    var first =
        prices.series("H100", PriceKind.RENT, Interval.MONTH, null, null, Currency.CNY, null);
    assertThat(segments.scans()).isEqualTo(leaves());
    assertThat(segments.size()).isPositive();

    index.upsert(news("r8", "36kr", "2025-05-06", "8卡H100整机月租7.8万元，成交回暖。"));
    index.commit();
    index.refresh();
    long scansBefore = segments.scans();
    var added =
        prices.series("H100", PriceKind.RENT, Interval.WEEK, null, null, Currency.CNY, null);
    assertThat(segments.scans() - scansBefore).as("only the new segment").isEqualTo(1);
    assertThat(added).isEqualTo(fresh(Interval.WEEK));
    assertThat(added.series()).extracting(PricePoint::period).contains("2025-W19");

    // Replacing r7 deletes it from the first segment: that segment's cached mentions must not be
    // served again, and the April price must go.
    index.upsert(news("r7", "36kr", "2025-04-02", "A100整机本周成交清淡。"));
    index.commit();
    index.refresh();
    scansBefore = segments.scans();
    var edited =
        prices.series("H100", PriceKind.RENT, Interval.MONTH, null, null, Currency.CNY, null);
    assertThat(segments.scans() - scansBefore).as("the edited and the new segment").isEqualTo(2);
    assertThat(edited).isEqualTo(fresh(Interval.MONTH));
    assertThat(edited.series()).extracting(PricePoint::period).doesNotContain("2025-04");
    // March did not change: its point is the one computed before the commits, not a new one.
    assertThat(point(edited, "2025-03")).isSameAs(point(first, "2025-03"));
    assertThat(point(edited, "2025-05")).isNotNull();
  }

  private static PricePoint point(PriceSeries series, String period) {
    return series.series().stream().filter(p -> p.period().equals(period)).findFirst().orElse(null);
  }

  private int leaves() {
    return index.withSearcher(s -> s.getIndexReader().leaves().size());
  }

  private PriceSeries fresh(Interval interval) {
    return new PriceIndexService(index, config.signals())
        .series("H100", PriceKind.RENT, interval, null, null, Currency.CNY, null);
  }

  @Test
  void monthlySeriesCountsARepostOnceAndDropsTheOutlier() {
    PriceIndexService prices = new PriceIndexService(index, config.signals());
    var s =
        prices.series(
            "H100",
            PriceKind.RENT,
            Interval.MONTH,
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 12, 31),
            Currency.CNY,
            null);
    assertThat(s.unit()).isEqualTo("CNY per GPU-hour");
    assertThat(s.methodologyVersion()).isEqualTo(PriceIndexService.METHODOLOGY_VERSION);
    assertThat(s.series()).extracting(PricePoint::period).containsExactly("2025-03", "2025-04");
    PricePoint march = s.series().get(0);
    assertThat(march.mentions()).isEqualTo(3); // r1, r2 (its repost r3 counts once), r4
    assertThat(march.stories()).isEqualTo(3);
    assertThat(march.excluded()).isEqualTo(1); // r5 at 45 CNY is beyond 3 MADs
    assertThat(march.median()).isCloseTo(12.0, within(1e-6));
    assertThat(march.min()).isCloseTo(70000.0 / 8 / 730, within(1e-6));
    assertThat(march.max()).isCloseTo(75000.0 / 8 / 730, within(1e-6));
    assertThat(march.sufficient()).isTrue();
    assertThat(s.series().get(1).sufficient()).isFalse();

    var chatOnly =
        prices.series(
            "H100", PriceKind.RENT, Interval.MONTH, null, null, Currency.USD, ReportKind.CHAT);
    assertThat(chatOnly.series().get(0).mentions()).isEqualTo(2);
    assertThat(chatOnly.series().get(0).median()).isLessThan(10);
  }

  @Test
  void receiptsShowEveryObservationWithDuplicateAndOutlierMarks() {
    PriceIndexService prices = new PriceIndexService(index, config.signals());
    var receipts =
        prices.receipts("H100", PriceKind.RENT, Interval.MONTH, "2025-03", Currency.CNY, null);
    assertThat(receipts).hasSize(5);
    assertThat(receipts).filteredOn(Receipt::duplicate).hasSize(1);
    assertThat(receipts)
        .filteredOn(Receipt::outlier)
        .singleElement()
        .satisfies(r -> assertThat(r.reportId()).isEqualTo("r5"));
    assertThat(receipts).allSatisfy(r -> assertThat(r.sentence()).contains("H100"));
  }

  @Test
  void repostSharesTheStoryOfTheOriginal() {
    var registry = SignalQueryFields.register(QueryFieldRegistry.standard(), config.signals());
    SearchService search = new SearchService(index, registry);
    assertThat(search.search(SearchRequest.of("story:story-r2", 20)).hits())
        .extracting(h -> h.id())
        .containsExactlyInAnyOrder("r2", "r3");
  }

  @Test
  void selloffAndSentimentSeriesCountStoriesOnce() {
    var selloff = new SelloffService(index).series(Interval.MONTH, null, null);
    SelloffPoint march = selloff.get(0);
    assertThat(march.period()).isEqualTo("2025-03");
    assertThat(march.sell() + march.buy() + march.neutral()).isEqualTo(5); // r3 is r2's repost
    assertThat(march.sell()).isGreaterThanOrEqualTo(2); // r2 转让 + r4 出租
    var sentiment = new SentimentService(index).series(Interval.MONTH, null, null);
    assertThat(sentiment.get(0).mean()).isLessThan(0);
    assertThat(sentiment.get(1).mean()).isGreaterThan(0);
  }

  @Test
  void repostIndexedLaterIsFoundThroughTheBandFieldsOfTheIndex() {
    // A fresh contributor remembers nothing: the story must come from the index's band fields.
    var fresh = contributor(Clock.systemUTC());
    var doc = new org.apache.lucene.document.Document();
    Report repost = news("r9", "sina", "2025-03-12", BODY + "\n（来源：某财经网站）");
    index.withSearcher(
        searcher -> {
          fresh.contribute(
              repost,
              doc,
              new dev.signaldesk.indexer.schema.IndexContext() {
                @Override
                public org.apache.lucene.search.IndexSearcher searcher() {
                  return searcher;
                }

                @Override
                public org.apache.lucene.analysis.Analyzer indexAnalyzer() {
                  return index.indexAnalyzer();
                }
              });
          return null;
        });
    assertThat(doc.get(SignalFields.STORY)).isEqualTo("story-r2");
  }

  @Test
  void modelNamesAreCanonicalisedAndUnknownOnesRejected() {
    PriceIndexService prices = new PriceIndexService(index, config.signals());
    assertThat(prices.canonical("h100")).isEqualTo("H100");
    assertThat(prices.canonical("昇腾910B")).isEqualTo("Ascend 910B");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> prices.canonical("H1000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'model'");
  }

  private SignalFieldContributor contributor(Clock clock) {
    return new SignalFieldContributor(
        new SignalExtractor(config.signals()),
        SignalFieldContributor.storyResolver(config.signals().storyMaxHamming()),
        clock);
  }

  private static Report news(String id, String source, String day, String text) {
    return new Report(
        id,
        source,
        ReportKind.NEWS,
        "https://example.org/" + id,
        "https://example.org/" + id,
        "title " + id,
        text,
        null,
        "zh",
        Instant.parse(day + "T04:00:00Z"),
        null,
        null,
        null,
        null);
  }

  private static Report chat(String id, String source, String day, String text) {
    return new Report(
        id,
        source,
        ReportKind.CHAT,
        null,
        null,
        "group",
        text,
        "trader",
        "zh",
        Instant.parse(day + "T04:00:00Z"),
        null,
        null,
        null,
        null);
  }
}
