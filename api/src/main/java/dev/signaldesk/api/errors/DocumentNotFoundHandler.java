package dev.signaldesk.api.errors;

import dev.signaldesk.api.model.Problem;
import dev.signaldesk.api.services.DocumentNotFoundException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** An unknown document id: 404. */
@Singleton
final class DocumentNotFoundHandler
    implements ExceptionHandler<DocumentNotFoundException, HttpResponse<Problem>> {

  @Override
  public HttpResponse<Problem> handle(HttpRequest request, DocumentNotFoundException e) {
    return Problems.response(
        Problem.of("document-not-found", "Document not found", 404, e.getMessage()));
  }
}
