package dev.signaldesk.indexer.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of search results.
 *
 * @param total number of reports matching the whole request (all pages); a lower bound when {@code
 *     totalExact} is false
 * @param totalExact whether {@code total} is the exact count; false when a search without facets
 *     stopped counting at {@link SearchService#EXACT_TOTAL_UP_TO}
 * @param hits this page
 * @param facets dimension ({@code source}, {@code kind}, {@code language}, contributor dimensions)
 *     → value → number of matching reports, over the whole result set, largest counts first
 * @param facetsSampled whether the facet counts are estimates from an even sample of the result
 *     ({@link SearchService#FACET_SAMPLE_SIZE} reports) scaled to its total, not exact counts
 * @param nextCursor cursor of the next page, or {@code null} when this is the last page
 */
public record SearchResult(
    long total,
    boolean totalExact,
    List<SearchHit> hits,
    Map<String, Map<String, Long>> facets,
    boolean facetsSampled,
    String nextCursor) {

  public SearchResult {
    hits = List.copyOf(hits);
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
  }

  /** A result with an exact total and exact facet counts. */
  public SearchResult(
      long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets, String nextCursor) {
    this(total, true, hits, facets, false, nextCursor);
  }
}
