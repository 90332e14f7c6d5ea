package dev.signaldesk.api.errors;

import dev.signaldesk.api.model.Problem;
import dev.signaldesk.api.services.InvalidParameterException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A parameter with a wrong value: 400, naming the parameter. */
@Singleton
final class InvalidParameterHandler
    implements ExceptionHandler<InvalidParameterException, HttpResponse<Problem>> {

  @Override
  public HttpResponse<Problem> handle(HttpRequest request, InvalidParameterException e) {
    return Problems.response(
        Problem.of("bad-parameter", "Invalid request parameter", 400, e.getMessage()));
  }
}
