package dev.signaldesk.api.security;

import dev.signaldesk.api.errors.ApiErrors;
import dev.signaldesk.api.model.Problem;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;

/** Key management for admins: create (the key is shown once), list, revoke. */
@Controller("/api/keys")
@Tag(name = "Keys")
@Access(Role.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ApiKeyController {
  private final ApiKeyStore keys;

  ApiKeyController(ApiKeyStore keys) {
    this.keys = keys;
  }

  /**
   * @param role reader, analyst or admin
   * @param owner who the key belongs to
   */
  @Serdeable
  public record NewKey(String role, String owner) {}

  @Post
  @Operation(summary = "Create a key for an owner and role; the key is shown only this once")
  @ApiResponse(responseCode = "201", description = "The new key, its id and role")
  @ApiErrors.BadRequest
  @ApiErrors.KeyRequired
  public HttpResponse<?> create(@Body NewKey body) {
    Role role;
    try {
      role = Role.fromName(body.role());
      ApiKeyStore.CreatedKey created = keys.create(role, body.owner());
      return HttpResponse.created(created, URI.create("/api/keys/" + created.id()));
    } catch (IllegalArgumentException e) {
      return problem(HttpStatus.BAD_REQUEST, "invalid-key-request", e.getMessage());
    }
  }

  @Get
  @Operation(summary = "Keys in the database, without their secrets")
  @ApiResponse(responseCode = "200", description = "Id, role, owner and state of each key")
  @ApiErrors.KeyRequired
  public List<ApiKeyStore.KeyInfo> list() {
    return keys.list();
  }

  @Delete("/{id}")
  @Operation(summary = "Revoke a key; it is refused from then on")
  @ApiResponse(responseCode = "204", description = "Revoked")
  @ApiErrors.NotFound
  @ApiErrors.KeyRequired
  public HttpResponse<?> revoke(@PathVariable String id) {
    return keys.revoke(id)
        ? HttpResponse.noContent()
        : problem(HttpStatus.NOT_FOUND, "key-not-found", "No active key '" + id + "'.");
  }

  private static HttpResponse<Problem> problem(HttpStatus status, String slug, String detail) {
    return HttpResponse.<Problem>status(status)
        .body(Problem.of(slug, status.getReason(), status.getCode(), detail))
        .contentType(Problem.MEDIA_TYPE);
  }
}
