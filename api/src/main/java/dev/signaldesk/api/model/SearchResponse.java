package dev.signaldesk.api.model;

import dev.signaldesk.indexer.search.SearchHit;
import dev.signaldesk.indexer.search.SearchResult;
import io.micronaut.serde.annotation.Serdeable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The answer of {@code GET /api/search} (and of {@code signaldesk search --json}).
 *
 * @param total how many documents match (not only this page); with {@code facets=false} and more
 *     than 10,000 matches, a lower bound (see {@code totalExact})
 * @param totalExact false when {@code total} is a lower bound: a search without facets stops
 *     counting at 10,000 so that it need not visit every match
 * @param hits this page of hits, best first (or newest first)
 * @param facets counts of the matching documents per value, for the dimensions {@code source},
 *     {@code kind} (lower case), any the index adds ({@code language}, signal dimensions such as
 *     {@code model} and {@code side}) and {@code month} (publication month, China time, oldest
 *     first)
 * @param facetsSampled true when the result has more than 20,000 documents and the facet counts are
 *     estimates from an even sample of 20,000 of them, scaled to the total (which stays exact)
 * @param nextCursor pass as {@code cursor} to get the next page; null on the last page
 */
@Serdeable
public record SearchResponse(
    long total,
    boolean totalExact,
    List<SearchHitView> hits,
    Map<String, Map<String, Long>> facets,
    boolean facetsSampled,
    String nextCursor) {

  public static SearchResponse of(SearchResult r) {
    List<SearchHitView> hits = r.hits().stream().map(SearchResponse::hit).toList();
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    // Fixed order (source, kind, then the rest by name) so the JSON is stable across runs.
    r.facets().keySet().stream()
        .sorted((a, b) -> rank(a) != rank(b) ? rank(a) - rank(b) : a.compareTo(b))
        .forEach(dim -> facets.put(dim, facet(dim, r.facets().get(dim))));
    return new SearchResponse(
        r.total(), r.totalExact(), hits, facets, r.facetsSampled(), r.nextCursor());
  }

  /** The same answer with another next-page cursor. */
  public SearchResponse withNextCursor(String cursor) {
    return new SearchResponse(total, totalExact, hits, facets, facetsSampled, cursor);
  }

  private static int rank(String dim) {
    return switch (dim) {
      case "source" -> 0;
      case "kind" -> 1;
      default -> 2;
    };
  }

  /** Keeps the index's order (largest count first); kinds in lower case like everywhere else. */
  private static Map<String, Long> facet(String dim, Map<String, Long> counts) {
    Map<String, Long> out = new LinkedHashMap<>();
    counts.forEach(
        (value, n) -> out.merge("kind".equals(dim) ? lower(value) : value, n, Long::sum));
    return out;
  }

  private static SearchHitView hit(SearchHit h) {
    return new SearchHitView(
        h.id(),
        h.title(),
        h.source(),
        lower(h.kind()),
        h.url(),
        h.publishedAt() == null ? null : h.publishedAt().toString(),
        h.snippet(),
        h.storyId(),
        h.moreInStory());
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
