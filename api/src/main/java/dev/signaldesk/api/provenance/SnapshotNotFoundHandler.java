package dev.signaldesk.api.provenance;

import dev.signaldesk.api.model.Problem;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** No snapshot: 404 with its own problem type, so clients tell it from an unknown document. */
@Singleton
final class SnapshotNotFoundHandler
    implements ExceptionHandler<SnapshotNotFoundException, HttpResponse<Problem>> {

  @Override
  public HttpResponse<Problem> handle(HttpRequest request, SnapshotNotFoundException e) {
    return HttpResponse.<Problem>status(HttpStatus.NOT_FOUND)
        .body(Problem.of("no-snapshot", "No archived snapshot", 404, e.getMessage()))
        .contentType(Problem.MEDIA_TYPE);
  }
}
