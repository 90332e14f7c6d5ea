package dev.signaldesk.indexer.alert;

import java.util.Objects;

/**
 * What the matcher needs to know about one saved query.
 *
 * @param id the saved query's id (stable; matches are recorded under it)
 * @param query the query text in the search syntax
 * @param filters structured filters
 */
public record SavedQuerySpec(String id, String query, AlertFilters filters) {

  public SavedQuerySpec {
    Objects.requireNonNull(id, "The 'id' parameter must not be null.");
    Objects.requireNonNull(query, "The 'query' parameter must not be null.");
    filters = filters == null ? AlertFilters.NONE : filters;
  }
}
