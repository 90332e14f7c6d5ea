package dev.signaldesk.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signaldesk.indexer.TestReports;
import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.indexer.schema.FieldContributor;
import dev.signaldesk.indexer.schema.IndexContext;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SearchServiceTest {

  @TempDir static Path dir;

  static final Report H100_CRASH =
      TestReports.news(
          "h100-crash",
          "36kr",
          "英伟达H100租金暴跌",
          "今年以来，英伟达H100服务器租金暴跌，8卡整机月租从18万元降至7.5万元。" + "\n\n多家智算中心开始抛售闲置设备，交易员说“大家都在卖，没人买”。",
          "2025-02-10");
  static final Report IDLE_CENTRES =
      TestReports.news(
          "idle-centres",
          "jazzyear",
          "智算中心闲置率高企",
          "西部某智算中心的国产算力利用率不足20%，运营方以低于市场价的价格转让A800整机。",
          "2024-11-05");
  static final Report EN_RENTAL =
      TestReports.news(
          "en-rental",
          "technode",
          "H100 rental prices slide in China",
          "Rental prices for Nvidia H100 servers in China fell to about 75,000 yuan a month, "
              + "traders said. Some <b>brokers</b> now quote 12.8 yuan per GPU-hour.",
          "2025-03-01");
  static final Report RTX_4090D =
      TestReports.news(
          "rtx-4090d", "36kr", "4090D租赁价格回落", "4090D单卡每小时约1.5元，一家平台在同一天上架了100台服务器。", "2025-04-02");
  static final Report GLUT =
      TestReports.news(
          "glut",
          "technode",
          "A glut of idle compute",
          "Operators dump idle compute power at below-market rates as new clusters come online.",
          "2025-05-10");
  static final Report CHAT_SELL =
      TestReports.chat("算力交易群", "trader-7f3a", "出8卡A800整机 230w 可看货", "2024-05-03T02:15:00Z");
  static final Report CHAT_BUY =
      TestReports.chat("算力交易群", "trader-19c2", "收H100 8卡 价格好说", "2025-01-20T09:30:00Z");

  static final List<Report> NAMED =
      List.of(H100_CRASH, IDLE_CENTRES, EN_RENTAL, RTX_4090D, GLUT, CHAT_SELL, CHAT_BUY);
  static final int BULK = 25;

  /** Prices per GPU-hour by report, as a signals contributor would extract them. */
  static final Map<String, Double> PRICES =
      Map.of(H100_CRASH.id(), 12.8, EN_RENTAL.id(), 12.8, RTX_4090D.id(), 1.5, GLUT.id(), 30.0);

  static ReportIndex index;
  static SearchService search;

  /** Adds the model keyword and facet and the price field, as the signals package would. */
  static final class TestSignals implements FieldContributor {
    @Override
    public void contribute(Report report, Document doc, IndexContext ctx) {
      for (String model : List.of("H100", "A800", "4090D")) {
        if (report.text().contains(model) || report.title().contains(model)) {
          doc.add(new StringField("model", model, Field.Store.NO));
          doc.add(new SortedSetDocValuesFacetField("model", model));
        }
      }
      Double price = PRICES.get(report.id());
      if (price != null) {
        doc.add(new DoubleField("price_cny_gpu_hour", price, Field.Store.NO));
      }
    }

    @Override
    public void configure(FacetsConfig facets) {
      facets.setMultiValued("model", true);
    }
  }

  @BeforeAll
  static void buildIndex() {
    index = ReportIndex.open(dir, TestReports.config(), List.of(new TestSignals()));
    NAMED.forEach(index::upsert);
    for (int i = 0; i < BULK; i++) {
      index.upsert(TestReports.numbered(i));
    }
    index.commit();
    QueryFieldRegistry fields =
        QueryFieldRegistry.standard().registerKeyword("model").registerDouble("price_cny_gpu_hour");
    search = new SearchService(index, fields);
  }

  @AfterAll
  static void closeIndex() throws IOException {
    index.close();
  }

  private static List<String> ids(String query) {
    return ids(search.search(SearchRequest.of(query, 100)));
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void aNumberDoesNotMatchTheModelNameThatContainsIt() {
    assertThat(ids("100")).containsExactly(RTX_4090D.id());
  }

  @Test
  void lowerCaseModelNameFindsUpperCaseMentions() {
    assertThat(ids("h100"))
        .contains(H100_CRASH.id(), EN_RENTAL.id(), CHAT_BUY.id())
        .doesNotContain(RTX_4090D.id(), IDLE_CENTRES.id())
        .hasSize(3 + BULK);
  }

  @Test
  void englishNameFindsTheChineseNameThroughSynonyms() {
    assertThat(ids("Nvidia")).containsExactlyInAnyOrder(H100_CRASH.id(), EN_RENTAL.id());
    assertThat(ids("英伟达")).containsExactlyInAnyOrder(H100_CRASH.id(), EN_RENTAL.id());
  }

  @Test
  void multiWordSynonymFindsTheChineseTerm() {
    assertThat(ids("compute power"))
        .contains(IDLE_CENTRES.id(), GLUT.id())
        .doesNotContain(EN_RENTAL.id());
  }

  @Test
  void chineseQueryIsHighlightedInAnEscapedSnippet() {
    SearchResult result = search.search(SearchRequest.of("抛售", 10));
    assertThat(ids(result)).contains(H100_CRASH.id(), GLUT.id());
    SearchHit crash = hit(result, H100_CRASH);
    assertThat(crash.snippet()).contains("<mark>抛售</mark>");
    SearchHit glut = hit(result, GLUT);
    assertThat(glut.snippet()).contains("<mark>dump</mark>");
  }

  @Test
  void snippetsEscapeHtmlAndFallBackToTheStartOfTheText() {
    SearchResult result = search.search(SearchRequest.of("brokers", 10));
    assertThat(hit(result, EN_RENTAL).snippet())
        .contains("&lt;b&gt;<mark>brokers</mark>&lt;&#x2F;b&gt;")
        .doesNotContain("<b>");

    SearchResult bySource = search.search(SearchRequest.of("source:jazzyear", 10));
    assertThat(hit(bySource, IDLE_CENTRES).snippet())
        .startsWith("西部某智算中心")
        .doesNotContain("<mark>");
  }

  @Test
  void chineseRunRequiresEveryWord() {
    assertThat(ids("租金暴跌")).containsExactly(H100_CRASH.id());
  }

  @Test
  void booleanOperatorsPhrasesAndPrefixesWork() {
    assertThat(ids("闲置 NOT 抛售")).doesNotContain(H100_CRASH.id()).contains(IDLE_CENTRES.id());
    assertThat(ids("A800 OR 4090D"))
        .containsExactlyInAnyOrder(IDLE_CENTRES.id(), CHAT_SELL.id(), RTX_4090D.id());
    assertThat(ids("\"rental prices\"")).containsExactly(EN_RENTAL.id());
    assertThat(ids("\"prices rental\"")).isEmpty();
    assertThat(ids("compute*")).containsExactly(GLUT.id()); // indexed as the stem "comput"
    assertThat(ids("clust*")).containsExactly(GLUT.id());
    assertThat(ids("title:idle")).containsExactly(GLUT.id());
    assertThat(ids("-h100 kind:chat")).containsExactly(CHAT_SELL.id());
  }

  @Test
  void standardKeywordFieldsAreQueryableWithNormalisedValues() {
    assertThat(ids("chat_offer:sell")).containsExactly(CHAT_SELL.id());
    assertThat(ids("id:" + GLUT.id())).containsExactly(GLUT.id());
    assertThat(ids("source:(jazzyear OR TECHNODE) kind:news language:EN"))
        .containsExactlyInAnyOrder(EN_RENTAL.id(), GLUT.id());
  }

  @Test
  void emptyQueryWithFiltersMatchesEverythingFiltered() {
    SearchRequest chats =
        new SearchRequest(
            "", List.of(), ReportKind.CHAT, null, null, SortOrder.NEWEST, 10, null, Map.of());
    assertThat(ids(search.search(chats))).containsExactly(CHAT_BUY.id(), CHAT_SELL.id());

    SearchRequest technode =
        new SearchRequest("", List.of("technode"), null, null, null, null, 10, null, null);
    assertThat(ids(search.search(technode))).containsExactlyInAnyOrder(EN_RENTAL.id(), GLUT.id());

    SearchRequest models =
        new SearchRequest(
            "", List.of(), null, null, null, null, 10, null, Map.of("model", List.of("A800")));
    assertThat(ids(search.search(models)))
        .containsExactlyInAnyOrder(IDLE_CENTRES.id(), CHAT_SELL.id());
  }

  @Test
  void publishedRangeFilterIsInclusive() {
    SearchRequest early2025 =
        new SearchRequest(
            "",
            List.of(),
            null,
            Instant.parse("2025-01-20T09:30:00Z"),
            Instant.parse("2025-03-01T08:00:00Z"),
            SortOrder.NEWEST,
            100,
            null,
            null);
    List<String> found = ids(search.search(early2025));
    assertThat(found).contains(CHAT_BUY.id(), H100_CRASH.id(), EN_RENTAL.id());
    assertThat(found).doesNotContain(RTX_4090D.id(), CHAT_SELL.id());
    assertThat(ids("published_at:[2024-11-05 TO 2024-11-05]")).containsExactly(IDLE_CENTRES.id());
  }

  @Test
  void rangeOnARegisteredNumericFieldFiltersReports() {
    assertThat(ids("price_cny_gpu_hour:[0 TO 15]"))
        .containsExactlyInAnyOrder(H100_CRASH.id(), EN_RENTAL.id(), RTX_4090D.id());
    assertThat(ids("price_cny_gpu_hour:{1.5 TO 15]"))
        .containsExactlyInAnyOrder(H100_CRASH.id(), EN_RENTAL.id());
    assertThat(ids("h100 price_cny_gpu_hour:[10 TO *]"))
        .containsExactlyInAnyOrder(H100_CRASH.id(), EN_RENTAL.id());
  }

  @Test
  void newestSortOrdersByPublicationDateThenId() {
    SearchResult result =
        search.search(
            new SearchRequest("", List.of(), null, null, null, SortOrder.NEWEST, 100, null, null));
    List<Instant> dates = result.hits().stream().map(SearchHit::publishedAt).toList();
    assertThat(dates).isSortedAccordingTo(Comparator.reverseOrder());
    // numbered(8) is the latest bulk report (2025-09-18), later than every named one.
    assertThat(result.hits().get(0).id()).isEqualTo(TestReports.numbered(8).id());
  }

  @Test
  void relevanceRanksTitleMatchesFirst() {
    List<String> found = ids("闲置");
    assertThat(found.get(0)).isEqualTo(IDLE_CENTRES.id());
  }

  @ParameterizedTest
  @EnumSource(SortOrder.class)
  void cursorPagingReturnsEveryHitExactlyOnce(SortOrder sort) {
    SearchRequest request =
        new SearchRequest("h100 OR 闲置", List.of(), null, null, null, sort, 4, null, null);
    long expectedTotal = search.search(request).total();
    List<String> seen = new ArrayList<>();
    int pages = 0;
    for (SearchRequest page = request; page != null; pages++) {
      SearchResult result = search.search(page);
      assertThat(result.total()).isEqualTo(expectedTotal);
      assertThat(result.hits()).hasSizeLessThanOrEqualTo(4);
      seen.addAll(ids(result));
      page = result.nextCursor() == null ? null : page.withCursor(result.nextCursor());
    }
    Set<String> unique = new HashSet<>(seen);
    assertThat(unique).hasSize(seen.size());
    assertThat(seen).hasSize((int) expectedTotal);
    assertThat(pages).isEqualTo((int) Math.ceil(expectedTotal / 4.0));
    assertThat(expectedTotal).isEqualTo(BULK + 4L); // 3 named H100 reports, 1 闲置, the bulk
  }

  @Test
  void badCursorsAreRejected() {
    assertThatThrownBy(() -> search.search(SearchRequest.of("h100", 5).withCursor("%%%")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'cursor'");
    String relevanceCursor = search.search(SearchRequest.of("h100", 5)).nextCursor();
    SearchRequest newest =
        new SearchRequest(
            "h100", List.of(), null, null, null, SortOrder.NEWEST, 5, relevanceCursor, null);
    assertThatThrownBy(() -> search.search(newest))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sorted differently");
  }

  @Test
  void facetsCountTheWholeResultSetNotOnlyThePage() {
    SearchResult result = search.search(SearchRequest.of("h100", 2), SearchOptions.FACETED);
    assertThat(result.hits()).hasSize(2);
    assertThat(result.total()).isEqualTo(3 + BULK);
    Map<String, Map<String, Long>> facets = result.facets();
    long bulk36kr = (BULK + 1) / 2;
    assertThat(facets.get("source"))
        .containsEntry("36kr", 1 + bulk36kr)
        .containsEntry("jazzyear", BULK - bulk36kr)
        .containsEntry("technode", 1L)
        .containsEntry("chat:wechat-memotrace-csv", 1L);
    assertThat(facets.get("kind")).containsEntry("NEWS", 2L + BULK).containsEntry("CHAT", 1L);
    assertThat(facets.get("model")).containsEntry("H100", 3L + BULK);
    assertThat(facets.get("source").keySet()).first().isEqualTo("36kr");
  }

  @Test
  void facetsAreCountedOnlyWhenAskedAndTheTotalIsExactEitherWay() {
    SearchResult plain = search.search(SearchRequest.of("h100", 2));
    assertThat(plain.facets()).isEmpty();
    assertThat(plain.total()).isEqualTo(3 + BULK);
    SearchResult nextPage =
        search.search(SearchRequest.of("h100", 2).withCursor(plain.nextCursor()));
    assertThat(nextPage.total()).isEqualTo(3 + BULK);
  }

  @Test
  void withoutFacetsTheTotalIsExactUpToTheLimitAndALowerBoundBeyondIt() {
    SearchService capped =
        new SearchService(index, search.fields(), SearchService.FACET_SAMPLE_SIZE, 12);
    SearchResult plain = capped.search(SearchRequest.of("h100", 2));
    assertThat(plain.totalExact()).isFalse();
    assertThat(plain.total()).isBetween(12L, 3L + BULK);
    assertThat(plain.hits()).hasSize(2);

    SearchResult faceted = capped.search(SearchRequest.of("h100", 2), SearchOptions.FACETED);
    assertThat(faceted.totalExact()).isTrue();
    assertThat(faceted.total()).isEqualTo(3 + BULK);
    SearchResult few = capped.search(SearchRequest.of("nvidia", 2));
    assertThat(few.totalExact()).isTrue();
    assertThat(few.total()).isEqualTo(2);
  }

  @Test
  void facetsOfAResultLargerThanTheSampleAreScaledEstimatesWithAnExactTotal() {
    SearchService sampling = new SearchService(index, search.fields(), 8, 12);
    SearchOptions withMonths = new SearchOptions(List.of(), null, true, null, true);
    SearchResult result = sampling.search(SearchRequest.of("h100", 2), withMonths);

    assertThat(result.facetsSampled()).isTrue();
    assertThat(result.total()).isEqualTo(3 + BULK);
    assertThat(result.totalExact()).isTrue();
    // About 8 of the 28 reports are counted, each standing for about 3.5. Scaled by what the
    // sample drew, a single-valued dimension adds up to the total (give or take rounding), and a
    // value held by every match is estimated at about the total.
    long sources = result.facets().get("source").values().stream().mapToLong(Long::longValue).sum();
    assertThat(sources).isBetween(3L + BULK - 2, 3L + BULK + 2);
    long kinds = result.facets().get("kind").values().stream().mapToLong(Long::longValue).sum();
    assertThat(kinds).isBetween(3L + BULK - 1, 3L + BULK + 1);
    assertThat(result.facets().get("model").get("H100")).isBetween(21L, 35L);
    long months = result.facets().get("month").values().stream().mapToLong(Long::longValue).sum();
    assertThat(months).isBetween(21L, 35L);

    SearchResult small = sampling.search(SearchRequest.of("nvidia", 2), withMonths);
    assertThat(small.facetsSampled()).isFalse();
    assertThat(small.facets().get("source"))
        .containsEntry("36kr", 1L)
        .containsEntry("technode", 1L);
    assertThat(search.search(SearchRequest.of("h100", 2), withMonths).facetsSampled()).isFalse();
  }

  @Test
  void aQuerylessFilterHasTheSameTotalAndFacetsOnEveryPageAndSort() {
    SearchRequest firstNewest =
        new SearchRequest(
            "", List.of(), ReportKind.NEWS, null, null, SortOrder.NEWEST, 3, null, null);
    SearchResult first = search.search(firstNewest, SearchOptions.FACETED);
    SearchResult second =
        search.search(firstNewest.withCursor(first.nextCursor()), SearchOptions.FACETED);
    SearchResult byRelevance =
        search.search(
            new SearchRequest(
                "", List.of(), ReportKind.NEWS, null, null, SortOrder.RELEVANCE, 3, null, null),
            SearchOptions.FACETED);

    long news = 5 + BULK;
    for (SearchResult r : List.of(first, second, byRelevance)) {
      assertThat(r.total()).isEqualTo(news);
      assertThat(r.facets().get("kind")).containsExactly(Map.entry("NEWS", news));
    }
    assertThat(search.search(firstNewest).facets()).isEmpty();
    List<Instant> dates = new ArrayList<>();
    first.hits().forEach(h -> dates.add(h.publishedAt()));
    second.hits().forEach(h -> dates.add(h.publishedAt()));
    assertThat(dates).isSortedAccordingTo(Comparator.reverseOrder());
  }

  @Test
  void aReadOnlyIndexOnTheSameDirectoryServesTheSameSearch() throws IOException {
    try (ReportIndex reader =
        ReportIndex.openReadOnly(dir, TestReports.config(), List.of(new TestSignals()))) {
      SearchResult result =
          new SearchService(reader, search.fields())
              .search(SearchRequest.of("h100", 5), SearchOptions.FACETED);
      assertThat(result.total()).isEqualTo(3 + BULK);
      assertThat(result.facets().get("model")).containsEntry("H100", 3L + BULK);
    }
  }

  @Test
  void filterOnAnUnknownFieldIsRejected() {
    SearchRequest req =
        new SearchRequest(
            "", List.of(), null, null, null, null, 5, null, Map.of("report_json", List.of("x")));
    assertThatThrownBy(() -> search.search(req))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown field 'report_json'");
  }

  @Test
  void hitsCarryTheReportsDisplayFields() {
    SearchHit hit = hit(search.search(SearchRequest.of("brokers", 5)), EN_RENTAL);
    assertThat(hit.title()).isEqualTo(EN_RENTAL.title());
    assertThat(hit.source()).isEqualTo("technode");
    assertThat(hit.kind()).isEqualTo("NEWS");
    assertThat(hit.url()).isEqualTo(EN_RENTAL.url());
    assertThat(hit.publishedAt()).isEqualTo(EN_RENTAL.publishedAt());
  }

  private static SearchHit hit(SearchResult result, Report report) {
    return result.hits().stream()
        .filter(h -> h.id().equals(report.id()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(report.id() + " not in " + ids(result)));
  }
}
