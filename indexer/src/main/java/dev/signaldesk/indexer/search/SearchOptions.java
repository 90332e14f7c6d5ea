package dev.signaldesk.indexer.search;

import java.time.Duration;
import java.util.List;

/**
 * What a search may ask beyond {@link SearchRequest}: numeric ranges, story collapse, facet counts,
 * the month facet and a time budget. {@link #NONE} is the plain search: a page and its total, no
 * facets (paging, exports and API clients that page through ids need none, and counting them costs
 * a pass over every match).
 *
 * @param ranges numeric range filters, all required
 * @param collapseField a stored keyword field naming each report's story ({@code story}): when set,
 *     a page shows only the best-ranked report of each story (over the whole result, not just the
 *     page) and counts the others in {@link SearchHit#moreInStory()}; null for no collapse
 * @param monthFacet whether to add the {@value #MONTH_DIMENSION} facet (publication month, China
 *     time, oldest first); counted even when {@code facets} is false
 * @param timeout how long matching may take before the search gives up with {@link
 *     SearchTimeoutException}; null for no limit
 * @param facets whether to count the keyword facets ({@link SearchResult#facets()}) over the whole
 *     result; when false the result's facets are empty (or hold the month facet alone)
 */
public record SearchOptions(
    List<NumericRange> ranges,
    String collapseField,
    boolean monthFacet,
    Duration timeout,
    boolean facets) {

  /** Facet dimension of the publication month, {@code yyyy-MM}. */
  public static final String MONTH_DIMENSION = "month";

  public static final SearchOptions NONE = new SearchOptions(List.of(), null, false, null, false);

  /** The plain search with the keyword facets counted, as the search page shows them. */
  public static final SearchOptions FACETED = new SearchOptions(List.of(), null, false, null, true);

  public SearchOptions {
    ranges = ranges == null ? List.of() : List.copyOf(ranges);
    if (timeout != null && timeout.isNegative()) {
      throw new IllegalArgumentException("The 'timeout' parameter must not be negative");
    }
  }
}
