package dev.signaldesk.api.security;

import dev.signaldesk.api.model.Problem;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

/** The problem responses of the access filter: 401, 403 and 429. */
final class AccessProblems {
  private AccessProblems() {}

  static MutableHttpResponse<Problem> unauthorised(String detail) {
    return response(Problem.of("unauthorised", "Unauthorised", 401, detail))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"signaldesk\"");
  }

  static MutableHttpResponse<Problem> forbidden(String detail) {
    return response(Problem.of("forbidden", "Forbidden", 403, detail));
  }

  static MutableHttpResponse<Problem> tooManyRequests(long retryAfterSeconds) {
    return response(
            Problem.of(
                "rate-limited",
                "Too many requests",
                429,
                "Rate limit exceeded; retry in " + retryAfterSeconds + " s."))
        .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
  }

  private static MutableHttpResponse<Problem> response(Problem problem) {
    return HttpResponse.<Problem>status(HttpStatus.valueOf(problem.status()))
        .body(problem)
        .contentType(Problem.MEDIA_TYPE);
  }
}
