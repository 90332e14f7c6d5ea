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
 * @param total how many documents match (not only this page)
 * @param hits this page of hits, best first (or newest first)
 * @param facets counts of the matching documents per value, for the dimensions {@code source},
 *     {@code kind} (lower case) and any the index adds ({@code language}, signal dimensions)
 * @param nextCursor pass as {@code cursor} to get the next page; null on the last page
 */
@Serdeable
public record SearchResponse(
    long total,
    List<SearchHitView> hits,
    Map<String, Map<String, Long>> facets,
    String nextCursor) {

  public static SearchResponse of(SearchResult r) {
    List<SearchHitView> hits = r.hits().stream().map(SearchResponse::hit).toList();
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    // Fixed order (source, kind, then the rest by name) so the JSON is stable across runs.
    r.facets().keySet().stream()
        .sorted((a, b) -> rank(a) != rank(b) ? rank(a) - rank(b) : a.compareTo(b))
        .forEach(dim -> facets.put(dim, facet(dim, r.facets().get(dim))));
    return new SearchResponse(r.total(), hits, facets, r.nextCursor());
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
        h.snippet());
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
