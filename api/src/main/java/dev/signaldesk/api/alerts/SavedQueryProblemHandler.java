package dev.signaldesk.api.alerts;

import dev.signaldesk.api.model.Problem;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers {@link SavedQueryException}s with a problem document (404 or 400 with position). */
@Produces(Problem.MEDIA_TYPE)
@Singleton
final class SavedQueryProblemHandler
    implements ExceptionHandler<SavedQueryException, HttpResponse<Problem>> {

  @Override
  public HttpResponse<Problem> handle(HttpRequest request, SavedQueryException e) {
    Problem p;
    if (e instanceof SavedQueryException.Invalid inv) {
      p =
          new Problem(
              "urn:signaldesk:problem:invalid-saved-query",
              "Invalid saved query",
              400,
              e.getMessage(),
              inv.position());
    } else {
      p = Problem.of("saved-query-not-found", "Saved query not found", 404, e.getMessage());
    }
    return HttpResponse.<Problem>status(HttpStatus.valueOf(p.status()))
        .body(p)
        .contentType(Problem.MEDIA_TYPE);
  }
}
