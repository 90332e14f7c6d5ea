package dev.signaldesk.indexer.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.signaldesk.indexer.TestReports;
import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.indexer.search.QueryFieldRegistry;
import dev.signaldesk.indexer.search.QuerySyntaxException;
import dev.signaldesk.indexer.search.SearchRequest;
import dev.signaldesk.indexer.search.SearchResult;
import dev.signaldesk.indexer.search.SearchService;
import dev.signaldesk.indexer.search.SortOrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fuzzes the user query language and search execution against a real on-disk index of a few dozen
 * reports (news and chat, Chinese and English).
 *
 * <p>The first input byte picks the sort order, whether a (fuzzed) cursor or keyword filter is
 * sent, and the page size; the rest is the query. Properties: the only failures are {@link
 * QuerySyntaxException} (with a position inside the query) for the query and {@link
 * IllegalArgumentException} for a cursor or filter; a search returns at most {@code limit} hits and
 * a total no smaller than that; no input takes longer than {@value #LIMIT_MILLIS} ms (query bombs
 * such as deep nesting or many prefixes must be refused or stay cheap).
 */
class SearchFuzzTest {

  static final long LIMIT_MILLIS = 5_000;
  private static final SearchService SEARCH = openSearch();
  private static final ExecutorService WORKER =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "fuzz-search");
            t.setDaemon(true);
            return t;
          });

  @FuzzTest(maxDuration = "5m")
  void searchesRunOrRefuseWithAPosition(byte[] input) throws Exception {
    if (input.length == 0) {
      return;
    }
    int control = Byte.toUnsignedInt(input[0]);
    String text = new String(Arrays.copyOfRange(input, 1, input.length), StandardCharsets.UTF_8);
    SortOrder sort = (control & 1) == 0 ? SortOrder.RELEVANCE : SortOrder.NEWEST;
    int limit = 1 + (control >> 4) * 6;
    String query = text;
    String cursor = null;
    Map<String, List<String>> filters = null;
    int split = text.indexOf('\u0001');
    if ((control & 2) != 0 && split >= 0) {
      query = text.substring(0, split);
      cursor = text.substring(split + 1);
    } else if ((control & 4) != 0 && split >= 0) {
      query = text.substring(0, split);
      filters = Map.of("model", List.of(text.substring(split + 1)));
    }
    SearchRequest request =
        new SearchRequest(query, List.of(), null, null, null, sort, limit, cursor, filters);

    Future<SearchResult> future = WORKER.submit(() -> SEARCH.search(request));
    try {
      SearchResult result = future.get(LIMIT_MILLIS, TimeUnit.MILLISECONDS);
      assertThat(result.hits()).hasSizeLessThanOrEqualTo(limit);
      assertThat(result.total()).isGreaterThanOrEqualTo(result.hits().size());
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new AssertionError("search took longer than " + LIMIT_MILLIS + " ms", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof QuerySyntaxException syntax) {
        assertThat(syntax.position()).isBetween(0, query.length());
        assertThat(syntax.problem()).isNotBlank();
      } else if (!(cause instanceof IllegalArgumentException)
          || (cursor == null && filters == null)) {
        throw new AssertionError("search failed with an undocumented exception", cause);
      }
    }
  }

  private static SearchService openSearch() {
    try {
      Path dir = Files.createTempDirectory("signaldesk-search-fuzz");
      ReportIndex index = ReportIndex.open(dir, TestReports.config(), List.of());
      index.upsert(
          TestReports.news(
              "h100-slide",
              "36kr",
              "英伟达H100租金暴跌",
              "8卡整机月租从18万元降至7.5万元，智算中心开始抛售闲置设备。",
              "2025-02-10"));
      index.upsert(
          TestReports.news(
              "en-rent",
              "technode",
              "H100 rental prices slide",
              "Brokers now quote 12.8 yuan per GPU-hour for H100 servers.",
              "2025-03-01"));
      index.upsert(
          TestReports.chat("算力交易群", "trader-7f3a", "出8卡A800整机 230w 可看货", "2024-05-03T02:15:00Z"));
      for (int i = 0; i < 30; i++) {
        index.upsert(TestReports.numbered(i));
      }
      index.commit();
      return new SearchService(
          index, QueryFieldRegistry.standard().registerKeyword("model").registerDouble("price"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
