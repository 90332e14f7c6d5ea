package dev.signaldesk.api.errors;

import dev.signaldesk.api.model.Problem;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error responses many endpoints share, for the OpenAPI document: put one of these on an
 * endpoint method instead of repeating its {@code @ApiResponse} lines (micronaut-openapi reads them
 * as stereotypes). Every error body is a {@link Problem}.
 */
public final class ApiErrors {
  private ApiErrors() {}

  /** 401 without a valid key, 403 when the key's role is too weak, 429 over the rate limit. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
  @ApiResponse(
      responseCode = "401",
      description = "No API key, or not a valid one",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @ApiResponse(
      responseCode = "403",
      description = "The key's role may not use this endpoint",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @ApiResponse(
      responseCode = "429",
      description = "Over api.rate-limit-per-minute; Retry-After says when to retry",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public @interface KeyRequired {}

  /** 400: a parameter or body that is not valid, with the reason. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
  @ApiResponse(
      responseCode = "400",
      description = "A parameter or the body is not valid; the detail says which and why",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public @interface BadRequest {}

  /**
   * 404: no such resource, or an owned one (a saved query) that belongs to another key's owner,
   * which gets the same answer so that ids do not reveal other owners' resources.
   */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
  @ApiResponse(
      responseCode = "404",
      description = "Unknown id, or one the key's owner may not see",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public @interface NotFound {}
}
