package dev.signaldesk.api.errors;

import dev.signaldesk.api.model.Problem;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.util.stream.Collectors;

/**
 * Makes Micronaut's own error responses (unparseable parameters, unknown routes, wrong methods,
 * unexpected exceptions) problem documents like ours.
 *
 * <p>Client errors keep Micronaut's message as the detail, because it names the parameter at fault
 * ("Failed to convert argument [limit] ..."). Server errors get a fixed detail: the message of an
 * unexpected exception may reveal internals, and it is logged by Micronaut anyway.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
final class ProblemJsonBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

  @Override
  public Problem body(ErrorContext context, HttpResponse<?> response) {
    int code = response.code();
    HttpStatus status = HttpStatus.valueOf(code);
    String detail;
    if (code >= 500) {
      detail = "The server failed to answer this request; the failure is logged.";
    } else if (context.hasErrors()) {
      detail =
          context.getErrors().stream().map(Error::getMessage).collect(Collectors.joining("; "));
    } else {
      detail = status.getReason();
    }
    return new Problem("about:blank", status.getReason(), code, detail, null);
  }

  @Override
  public String contentType() {
    return Problem.MEDIA_TYPE;
  }
}
