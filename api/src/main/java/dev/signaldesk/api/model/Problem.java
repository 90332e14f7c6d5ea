package dev.signaldesk.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An RFC 9457 problem document: the body of every error response, sent as {@code
 * application/problem+json}.
 *
 * @param type a URI naming the kind of problem ({@code urn:signaldesk:problem:bad-query}), or
 *     {@code about:blank} when the status says it all
 * @param title a short summary that is the same for every problem of this type
 * @param status the HTTP status code
 * @param detail what went wrong in this request, safe to show to the caller (never a stack trace)
 * @param position for query syntax errors: the 0-based character offset in {@code q}
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, Integer position) {

  /** The media type of a problem document. */
  public static final String MEDIA_TYPE = "application/problem+json";

  public static Problem of(String slug, String title, int status, String detail) {
    return new Problem("urn:signaldesk:problem:" + slug, title, status, detail, null);
  }
}
