package dev.signaldesk.api.ui;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Security headers on every response outside {@code /api}: a Content-Security-Policy that allows
 * only our own scripts, styles, images and connections (no {@code unsafe-inline}, no framing), plus
 * no-sniff and no-referrer. Archived snapshots are linked, never rendered, so nothing foreign ever
 * runs in our origin.
 */
@ServerFilter("/**")
public final class PageSecurityHeaders {
  /** The policy; {@code connect-src 'self'} covers the API calls and the live match stream. */
  public static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  @ResponseFilter
  public void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
    if (request.getPath().startsWith("/api/")) {
      return;
    }
    if (!response.getHeaders().contains("Content-Security-Policy")) {
      // The snapshot download sets a stricter one (sandbox) of its own.
      response.header("Content-Security-Policy", CSP);
    }
    response.header("X-Content-Type-Options", "nosniff");
    response.header("Referrer-Policy", "no-referrer");
  }
}
