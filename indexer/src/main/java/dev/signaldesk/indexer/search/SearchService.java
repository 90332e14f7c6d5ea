package dev.signaldesk.indexer.search;

import dev.signaldesk.indexer.index.ReportIndex;

/** Runs {@link SearchRequest}s against a {@link ReportIndex}. Thread-safe. */
public final class SearchService {

  private final ReportIndex index;
  private final QueryFieldRegistry fields;

  public SearchService(ReportIndex index, QueryFieldRegistry fields) {
    this.index = index;
    this.fields = fields;
  }

  /** A service that knows the standard report fields only. */
  public SearchService(ReportIndex index) {
    this(index, QueryFieldRegistry.standard());
  }

  /**
   * Runs the request.
   *
   * @throws QuerySyntaxException if the query cannot be parsed
   * @throws IllegalArgumentException if the cursor or a filter field is invalid
   */
  public SearchResult search(SearchRequest req) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  public QueryFieldRegistry fields() {
    return fields;
  }
}
