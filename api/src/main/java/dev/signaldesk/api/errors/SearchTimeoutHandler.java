package dev.signaldesk.api.errors;

import dev.signaldesk.api.model.Problem;
import dev.signaldesk.api.ops.SignalDeskMetrics;
import dev.signaldesk.indexer.search.SearchTimeoutException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * A search that ran out of {@code api.search-timeout}: 503, so that clients and proxies see a
 * temporary failure (retry later or narrow the query) instead of a hanging request.
 */
@Singleton
final class SearchTimeoutHandler
    implements ExceptionHandler<SearchTimeoutException, HttpResponse<Problem>> {
  private final SignalDeskMetrics metrics;

  SearchTimeoutHandler(SignalDeskMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public HttpResponse<Problem> handle(HttpRequest request, SearchTimeoutException e) {
    metrics.searchTimedOut();
    return Problems.response(
            Problem.of(
                "search-timeout",
                "Search took too long",
                503,
                "The search was stopped after "
                    + e.timeout().toMillis()
                    + " ms (api.search-timeout). Narrow it with more words, filters or a date"
                    + " range, or try again later."))
        .header("Retry-After", "5");
  }
}
