package dev.signaldesk.api.services;

import dev.signaldesk.api.model.SearchResponse;
import dev.signaldesk.indexer.search.QuerySyntaxException;
import dev.signaldesk.indexer.search.SearchRequest;
import dev.signaldesk.indexer.search.SearchResult;
import dev.signaldesk.indexer.search.SearchService;

/**
 * Search as both front ends offer it: {@link SearchParameters} in, {@link SearchResponse} out. The
 * HTTP controller and {@code signaldesk search --json} share it, which is what makes their JSON
 * identical.
 */
public final class SearchGateway {
  private final SearchService search;

  public SearchGateway(SearchService search) {
    this.search = search;
  }

  /**
   * @throws InvalidParameterException for a bad filter, limit, sort or cursor
   * @throws QuerySyntaxException for a query that does not parse
   */
  public SearchResponse search(SearchParameters params) {
    SearchRequest request = params.toRequest();
    SearchResult result;
    try {
      result = search.search(request);
    } catch (QuerySyntaxException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      // The service's only other argument check is the opaque cursor (we pass no extra filters).
      throw new InvalidParameterException("cursor", "is not valid: " + e.getMessage());
    }
    return SearchResponse.of(result);
  }
}
