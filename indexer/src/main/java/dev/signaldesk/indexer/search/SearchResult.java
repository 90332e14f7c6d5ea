package dev.signaldesk.indexer.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of search results.
 *
 * @param total number of reports matching the whole request (all pages)
 * @param hits this page
 * @param facets dimension ({@code source}, {@code kind}, {@code language}, contributor dimensions)
 *     → value → number of matching reports, over the whole result set, largest counts first
 * @param nextCursor cursor of the next page, or {@code null} when this is the last page
 */
public record SearchResult(
    long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets, String nextCursor) {

  public SearchResult {
    hits = List.copyOf(hits);
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
  }
}
