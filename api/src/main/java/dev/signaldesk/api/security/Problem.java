package dev.signaldesk.api.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An RFC 9457 problem body ({@code application/problem+json}) as answered by the access filter
 * and the alert endpoints.
 *
 * @param type a URI naming the problem type ({@code about:blank} when the status says it all)
 * @param title short, human-readable summary of the type
 * @param status the HTTP status
 * @param detail what went wrong with this request
 * @param position for query syntax errors: the 0-based character offset of the error
 */
@Serdeable
public record Problem(
    String type, String title, int status, String detail, @Nullable Integer position) {

  public static final MediaType MEDIA_TYPE = MediaType.of("application/problem+json");

  public static MutableHttpResponse<Problem> response(HttpStatus status, String detail) {
    return response(status, detail, null);
  }

  public static MutableHttpResponse<Problem> response(
      HttpStatus status, String detail, @Nullable Integer position) {
    Problem body = new Problem("about:blank", status.getReason(), status.getCode(), detail, position);
    return HttpResponse.<Problem>status(status).contentType(MEDIA_TYPE).body(body);
  }
}
