package dev.signaldesk.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signaldesk.config.ConfigLoader;
import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.indexer.signal.SignalExtractor;
import dev.signaldesk.indexer.signal.index.SignalFieldContributor;
import dev.signaldesk.indexer.signal.index.SignalFields;
import dev.signaldesk.indexer.signal.index.SignalQueryFields;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Range filters, story collapse, the month facet and the time budget on a real index. */
class SearchOptionsTest {
  static final String BODY =
      "过去一年，国内智算中心的GPU租赁价格持续下行。多位算力经纪人表示，8卡H100整机的月租已经降到7万元，"
          + "部分机房为了回笼资金，开始以低于市场价的方式转让设备。业内人士认为，供给过剩叠加需求放缓，是价格下跌的主要原因。";

  @TempDir Path dir;
  SignalDeskConfig config = new ConfigLoader().defaults();
  ReportIndex index;
  SearchService search;

  @BeforeEach
  void open() {
    var contributor =
        new SignalFieldContributor(
            new SignalExtractor(config.signals()),
            SignalFieldContributor.storyResolver(config.signals().storyMaxHamming()),
            Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC));
    index = ReportIndex.open(dir, config.index(), List.of(contributor));
    index.upsert(news("r1", "2025-03-05", "8卡H100整机月租7.5万元，市场仍在下跌。"));
    index.upsert(news("r2", "2025-03-10", BODY));
    index.upsert(news("r3", "2025-03-11", "原标题：算力租赁观察\n" + BODY + "\n本文来自微信公众号“算力观察”。"));
    index.upsert(news("r4", "2025-03-20", "出租H100 12元/卡时 长租优先"));
    index.upsert(news("r5", "2025-03-21", "H100 租 45元/卡时，有需要的私聊"));
    index.upsert(news("r7", "2025-04-02", "H100整机月租回升到8万元，供不应求。"));
    index.commit();
    index.refresh();
    search =
        new SearchService(
            index, SignalQueryFields.register(QueryFieldRegistry.standard(), config.signals()));
  }

  @AfterEach
  void close() throws Exception {
    index.close();
  }

  private static SearchOptions collapse() {
    return new SearchOptions(List.of(), SignalFields.STORY, false, null, false);
  }

  @Test
  void collapseShowsARepostedStoryOnceAcrossPagesAndCountsTheRest() {
    SearchRequest first = SearchRequest.of("model:H100", 2);
    List<SearchHit> all = new ArrayList<>();
    SearchResult page = search.search(first, collapse());
    all.addAll(page.hits());
    while (page.nextCursor() != null) {
      page = search.search(first.withCursor(page.nextCursor()), collapse());
      all.addAll(page.hits());
    }

    List<String> ids = all.stream().map(SearchHit::id).toList();
    assertThat(ids).hasSize(5).doesNotHaveDuplicates().contains("r1", "r4", "r5", "r7");
    assertThat(ids).containsAnyOf("r2", "r3").doesNotContain(ids.contains("r2") ? "r3" : "r2");
    SearchHit story = all.stream().filter(h -> h.id().matches("r[23]")).findFirst().orElseThrow();
    assertThat(story.moreInStory()).isEqualTo(1);
    assertThat(story.storyId()).isNotBlank();
    assertThat(
            all.stream().filter(h -> h.id().equals("r7")).findFirst().orElseThrow().moreInStory())
        .isZero();
  }

  @Test
  void collapseJudgesAStorySpreadOverSegmentsWithAReplacedCopyByTheRequestSort() {
    // A third copy in a later segment, and r2 replaced (its old version deleted, not counted).
    index.upsert(news("r8", "2025-03-12", "转载：" + BODY));
    index.commit();
    index.upsert(news("r2", "2025-03-10", BODY));
    index.commit();
    index.refresh();
    SearchRequest newest =
        new SearchRequest(
            "model:H100", List.of(), null, null, null, SortOrder.NEWEST, 20, null, Map.of());

    SearchResult r = search.search(newest, collapse());

    List<String> ids = r.hits().stream().map(SearchHit::id).toList();
    assertThat(ids).containsExactly("r7", "r5", "r4", "r8", "r1");
    assertThat(r.hits().get(3).moreInStory()).isEqualTo(2);
    assertThat(r.hits().get(3).storyId()).isNotBlank();
    assertThat(r.hits().get(0).moreInStory()).isZero();
  }

  @Test
  void withoutCollapseBothCopiesAreHits() {
    SearchResult r = search.search(SearchRequest.of("model:H100", 20), SearchOptions.NONE);
    assertThat(r.hits()).extracting(SearchHit::id).contains("r2", "r3").hasSize(6);
  }

  @Test
  void priceRangeKeepsReportsWithAnyPriceInside() {
    var options =
        new SearchOptions(
            List.of(new NumericRange(SignalFields.PRICE_CNY_GPU_HOUR, 0.0, 12.5)),
            null,
            false,
            null,
            false);
    SearchResult r = search.search(SearchRequest.of("", 20), options);
    assertThat(r.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder("r2", "r3", "r4");
  }

  @Test
  void aRangeOnAKeywordFieldIsRefused() {
    var options =
        new SearchOptions(List.of(new NumericRange("source", 0.0, 1.0)), null, false, null, false);
    assertThatThrownBy(() -> search.search(SearchRequest.of("", 5), options))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'source'");
  }

  @Test
  void monthFacetCountsPublicationMonthsOldestFirst() {
    var options = new SearchOptions(List.of(), null, true, null, false);
    SearchResult r = search.search(SearchRequest.of("model:H100", 1), options);
    assertThat(r.facets().get(SearchOptions.MONTH_DIMENSION))
        .containsExactly(Map.entry("2025-03", 5L), Map.entry("2025-04", 1L));
  }

  @Test
  void anExhaustedTimeBudgetIsAnErrorNotAPartialResult() {
    var options = new SearchOptions(List.of(), null, false, Duration.ZERO, false);
    assertThatThrownBy(() -> search.search(SearchRequest.of("", 5), options))
        .isInstanceOf(SearchTimeoutException.class)
        .hasMessageContaining("0 ms");
  }

  @Test
  void querylessTotalsAndFacetsFollowACommit() {
    SearchRequest all = SearchRequest.of("", 2);
    var months = new SearchOptions(List.of(), null, true, null, true);
    SearchResult before = search.search(all, months);
    assertThat(before.total()).isEqualTo(6);
    assertThat(before.facets().get("source")).containsEntry("36kr", 6L);

    index.upsert(news("r8", "2025-05-02", "A800整机月租回落到3万元。"));
    index.commit();
    index.refresh();

    SearchResult after = search.search(all, months);
    assertThat(after.total()).isEqualTo(7);
    assertThat(after.facets().get("source")).containsEntry("36kr", 7L);
    assertThat(after.facets().get(SearchOptions.MONTH_DIMENSION)).containsEntry("2025-05", 1L);
  }

  private static Report news(String id, String day, String text) {
    return new Report(
        id,
        "36kr",
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
}
