package dev.signaldesk.api.errors;

import dev.signaldesk.api.model.Problem;
import dev.signaldesk.indexer.search.QuerySyntaxException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A query that does not parse: 400 with the position, so a UI can point at the spot. */
@Singleton
final class QuerySyntaxHandler
    implements ExceptionHandler<QuerySyntaxException, HttpResponse<Problem>> {

  @Override
  public HttpResponse<Problem> handle(HttpRequest request, QuerySyntaxException e) {
    return Problems.response(
        new Problem(
            "urn:signaldesk:problem:bad-query",
            "Query syntax error",
            400,
            e.getMessage(),
            e.position()));
  }
}
