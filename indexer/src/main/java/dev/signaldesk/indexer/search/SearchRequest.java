package dev.signaldesk.indexer.search;

import dev.signaldesk.model.ReportKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A search: a query in the user syntax (see {@link UserQueryParser}) plus structured filters.
 *
 * @param query user query; null or blank matches every report
 * @param sources only reports from these source ids; empty for all
 * @param kind only this kind; null for both
 * @param from only reports published at or after this instant; null for no lower bound
 * @param to only reports published at or before this instant; null for no upper bound
 * @param sort ordering; null means {@link SortOrder#RELEVANCE}
 * @param limit page size, 1 to 100
 * @param cursor {@link SearchResult#nextCursor()} of the previous page; null for the first page
 * @param filters extra keyword filters: field → accepted values (any of them), on fields registered
 *     in the {@link QueryFieldRegistry}
 */
public record SearchRequest(
    String query,
    List<String> sources,
    ReportKind kind,
    Instant from,
    Instant to,
    SortOrder sort,
    int limit,
    String cursor,
    Map<String, List<String>> filters) {

  /** Largest page size. */
  public static final int MAX_LIMIT = 100;

  public SearchRequest {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "The 'limit' parameter must be between 1 and " + MAX_LIMIT + ", was " + limit);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException(
          "The 'from' parameter (" + from + ") must not be after 'to' (" + to + ")");
    }
    query = query == null ? "" : query;
    sources = sources == null ? List.of() : List.copyOf(sources);
    sort = sort == null ? SortOrder.RELEVANCE : sort;
    filters =
        filters == null
            ? Map.of()
            : filters.entrySet().stream()
                .collect(
                    java.util.stream.Collectors.toUnmodifiableMap(
                        Map.Entry::getKey, e -> List.copyOf(e.getValue())));
  }

  /** A first-page request for {@code query} with no filters, by relevance. */
  public static SearchRequest of(String query, int limit) {
    return new SearchRequest(
        query, List.of(), null, null, null, SortOrder.RELEVANCE, limit, null, null);
  }

  /** The same request for the page after {@code nextCursor}. */
  public SearchRequest withCursor(String nextCursor) {
    return new SearchRequest(query, sources, kind, from, to, sort, limit, nextCursor, filters);
  }
}
