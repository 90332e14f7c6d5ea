package dev.signaldesk.bench.scenario;

import dev.signaldesk.indexer.search.SearchOptions;
import dev.signaldesk.indexer.search.SearchRequest;
import dev.signaldesk.indexer.search.SortOrder;
import dev.signaldesk.indexer.signal.index.SignalFields;
import dev.signaldesk.model.ReportKind;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The fixed search mix: one of each kind of query users send. The same six run in process and over
 * HTTP, cycled in order; in process they run with the API's default {@link #PAGE options} (facets
 * over the whole result set, the month facet, story collapse), as the search page does.
 */
final class QueryMix {

  /**
   * One query of the mix.
   *
   * @param label what kind of query it is
   * @param request the in-process request
   * @param httpPath the same request as {@code /api/search?...}
   */
  record Query(String label, SearchRequest request, String httpPath) {}

  /**
   * What {@code /api/search} asks by default, and so what the search page costs: keyword facets and
   * the month facet over the whole result, one hit per story.
   */
  static final SearchOptions PAGE =
      new SearchOptions(List.of(), SignalFields.STORY, true, null, true);

  private static final Instant FROM = Instant.parse("2024-12-31T16:00:00Z");
  private static final Instant TO = Instant.parse("2025-12-31T15:59:59Z");

  static final List<Query> ALL =
      List.of(
          query("single term", "H100", null, null, Map.of(), ""),
          query("phrase", "\"fire sale\"", null, null, Map.of(), ""),
          query("chinese", "智算中心 抛售", null, null, Map.of(), ""),
          new Query(
              "model+date filter",
              new SearchRequest(
                  "清仓",
                  List.of(),
                  null,
                  FROM,
                  TO,
                  SortOrder.RELEVANCE,
                  10,
                  null,
                  Map.of(SignalFields.MODEL, List.of("H100"))),
              path("清仓 model:H100") + "&from=2025-01-01&to=2025-12-31"),
          new Query(
              "faceted (all chats)",
              new SearchRequest(
                  "", List.of(), ReportKind.CHAT, null, null, SortOrder.NEWEST, 10, null, null),
              "/api/search?kind=chat&sort=newest&limit=10"),
          query(
              "price range",
              SignalFields.PRICE_CNY_GPU_HOUR + ":[5 TO 12]",
              null,
              null,
              Map.of(),
              ""));

  private QueryMix() {}

  private static Query query(
      String label,
      String q,
      Instant from,
      Instant to,
      Map<String, List<String>> filters,
      String extra) {
    return new Query(
        label,
        new SearchRequest(q, List.of(), null, from, to, SortOrder.RELEVANCE, 10, null, filters),
        path(q) + extra);
  }

  private static String path(String q) {
    return "/api/search?limit=10&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
  }
}
