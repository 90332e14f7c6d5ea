package dev.signaldesk.api.imports;

import dev.signaldesk.api.model.Problem;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A refused upload as a problem document with its status (400, 413 or 415). */
@Singleton
final class ImportRejectedHandler
    implements ExceptionHandler<ImportRejectedException, HttpResponse<Problem>> {

  @Override
  public HttpResponse<Problem> handle(HttpRequest request, ImportRejectedException e) {
    HttpStatus status = HttpStatus.valueOf(e.status());
    return HttpResponse.<Problem>status(status)
        .body(Problem.of(e.slug(), status.getReason(), e.status(), e.getMessage()))
        .contentType(Problem.MEDIA_TYPE);
  }
}
