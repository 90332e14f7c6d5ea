package dev.signaldesk.indexer.search;

import java.time.Duration;
import java.util.List;

/**
 * What a search may ask beyond {@link SearchRequest}: numeric ranges, story collapse, the month
 * facet and a time budget. {@link #NONE} is the plain search.
 *
 * @param ranges numeric range filters, all required
 * @param collapseField a stored keyword field naming each report's story ({@code story}): when set,
 *     a page shows only the best-ranked report of each story (over the whole result, not just the
 *     page) and counts the others in {@link SearchHit#moreInStory()}; null for no collapse
 * @param monthFacet whether to add the {@value #MONTH_DIMENSION} facet (publication month, China
 *     time, oldest first)
 * @param timeout how long matching may take before the search gives up with {@link
 *     SearchTimeoutException}; null for no limit
 */
public record SearchOptions(
    List<NumericRange> ranges, String collapseField, boolean monthFacet, Duration timeout) {

  /** Facet dimension of the publication month, {@code yyyy-MM}. */
  public static final String MONTH_DIMENSION = "month";

  public static final SearchOptions NONE = new SearchOptions(List.of(), null, false, null);

  public SearchOptions {
    ranges = ranges == null ? List.of() : List.copyOf(ranges);
    if (timeout != null && timeout.isNegative()) {
      throw new IllegalArgumentException("The 'timeout' parameter must not be negative");
    }
  }
}
