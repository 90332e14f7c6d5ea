package dev.signaldesk.api.errors;

import dev.signaldesk.api.model.Problem;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

/** Turns a {@link Problem} into the HTTP response that carries it. */
final class Problems {
  private Problems() {}

  static MutableHttpResponse<Problem> response(Problem problem) {
    return HttpResponse.<Problem>status(HttpStatus.valueOf(problem.status()))
        .body(problem)
        .contentType(Problem.MEDIA_TYPE);
  }
}
