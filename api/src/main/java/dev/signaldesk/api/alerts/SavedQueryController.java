package dev.signaldesk.api.alerts;

import dev.signaldesk.api.errors.ApiErrors;
import dev.signaldesk.api.security.Access;
import dev.signaldesk.api.security.Caller;
import dev.signaldesk.api.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.reactivestreams.Publisher;

/**
 * Saved queries and their alerts: CRUD, the matches (JSON with a cursor), an Atom feed, a
 * Server-Sent-Events stream and the webhook delivery log. Each analyst sees only their own saved
 * queries; another owner's id answers 404, exactly like an unknown one.
 */
@Controller("/api/saved-queries")
@Tag(name = "Saved queries")
@Access(Role.ANALYST)
@ExecuteOn(TaskExecutors.BLOCKING)
public class SavedQueryController {
  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 500;

  private final SavedQueryService service;
  private final MatchStore matches;
  private final DeliveryStore deliveries;
  private final MatchBroadcaster broadcaster;
  private final HttpHostResolver hosts;

  SavedQueryController(
      SavedQueryService service,
      MatchStore matches,
      DeliveryStore deliveries,
      MatchBroadcaster broadcaster,
      HttpHostResolver hosts) {
    this.service = service;
    this.matches = matches;
    this.deliveries = deliveries;
    this.broadcaster = broadcaster;
    this.hosts = hosts;
  }

  @Post
  @Operation(
      summary = "Save a query; new matching reports alert once per story",
      description =
          "The query is parsed now (a syntax error is a 400 with its position). With a"
              + " webhookUrl the answer holds the signing secret, shown only this once.")
  @ApiResponse(responseCode = "201", description = "Saved; Location names the new query")
  @ApiErrors.BadRequest
  @ApiErrors.KeyRequired
  public HttpResponse<SavedQueryView> create(@Body SavedQueryRequest body, Caller caller) {
    SavedQueryView created = service.create(caller.owner(), body);
    return HttpResponse.created(created, URI.create("/api/saved-queries/" + created.id()));
  }

  @Get
  @Operation(summary = "The caller's saved queries")
  @ApiResponse(responseCode = "200", description = "Every saved query of the key's owner")
  @ApiErrors.KeyRequired
  public List<SavedQueryView> list(Caller caller) {
    return service.list(caller.owner());
  }

  @Get("/{id}")
  @Operation(summary = "One saved query")
  @ApiResponse(responseCode = "200", description = "The saved query")
  @ApiErrors.NotFound
  @ApiErrors.KeyRequired
  public SavedQueryView get(@PathVariable String id, Caller caller) {
    return SavedQueryView.of(service.get(caller.owner(), id), false);
  }

  @Put("/{id}")
  @Operation(summary = "Replace a saved query's name, query, filters or webhook")
  @ApiResponse(responseCode = "200", description = "The saved query as now stored")
  @ApiErrors.BadRequest
  @ApiErrors.NotFound
  @ApiErrors.KeyRequired
  public SavedQueryView update(
      @PathVariable String id, @Body SavedQueryRequest body, Caller caller) {
    return service.update(caller.owner(), id, body);
  }

  @Delete("/{id}")
  @Operation(summary = "Delete a saved query with its matches and deliveries")
  @ApiResponse(responseCode = "204", description = "Deleted")
  @ApiErrors.NotFound
  @ApiErrors.KeyRequired
  public HttpResponse<Void> delete(@PathVariable String id, Caller caller) {
    service.delete(caller.owner(), id);
    return HttpResponse.noContent();
  }

  /**
   * Matches after the cursor, oldest first.
   *
   * @param since {@code nextCursor} of the previous page; absent for the first match
   */
  @Get("/{id}/matches")
  @Operation(summary = "Matches after a cursor, oldest first")
  @ApiResponse(responseCode = "200", description = "One page of matches and the next cursor")
  @ApiErrors.BadRequest
  @ApiErrors.NotFound
  @ApiErrors.KeyRequired
  public MatchPage matches(
      @PathVariable String id,
      @Nullable @QueryValue String since,
      @Nullable @QueryValue Integer limit,
      Caller caller) {
    service.get(caller.owner(), id);
    long after = cursor(since, "since");
    List<MatchView> page = matches.after(id, after, limit(limit));
    long next = page.isEmpty() ? after : page.get(page.size() - 1).seq();
    return new MatchPage(page, Long.toString(next));
  }

  /** The newest matches as Atom, for feed readers (Basic auth with the key as password works). */
  @Get(value = "/{id}/feed", produces = AtomFeedWriter.MEDIA_TYPE)
  @Operation(
      summary = "The newest matches as an Atom feed",
      description = "For feed readers: HTTP Basic with the key as password is accepted.")
  @ApiResponse(
      responseCode = "200",
      description = "An Atom 1.0 feed",
      content = @Content(mediaType = AtomFeedWriter.MEDIA_TYPE))
  @ApiErrors.BadRequest
  @ApiErrors.NotFound
  @ApiErrors.KeyRequired
  public HttpResponse<String> feed(
      @PathVariable String id,
      @Nullable @QueryValue Integer limit,
      HttpRequest<?> request,
      Caller caller) {
    SavedQuery q = service.get(caller.owner(), id);
    String xml = AtomFeedWriter.write(q, matches.latest(id, limit(limit)), hosts.resolve(request));
    return HttpResponse.ok(xml).contentType(AtomFeedWriter.MEDIA_TYPE + ";charset=UTF-8");
  }

  /**
   * New matches as Server-Sent Events (event {@code match}, id = the match's seq). With {@code
   * Last-Event-ID} the stream first replays what came after it; without, it starts from now.
   */
  @Get(value = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM)
  @Operation(
      summary = "New matches as Server-Sent Events",
      description =
          "Event 'match' with the match as JSON, id = its seq. Last-Event-ID replays what came"
              + " after it. A ': keep-alive' comment comes every alerts.sse-keep-alive.")
  @ApiResponse(
      responseCode = "200",
      description = "An endless event stream",
      content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM))
  @ApiErrors.BadRequest
  @ApiErrors.NotFound
  @ApiErrors.KeyRequired
  public Publisher<Event<?>> events(
      @PathVariable String id,
      @Nullable @Header("Last-Event-ID") String lastEventId,
      Caller caller) {
    service.get(caller.owner(), id);
    long after = lastEventId == null ? matches.lastSeq(id) : cursor(lastEventId, "Last-Event-ID");
    return broadcaster.stream(id, after);
  }

  /** The webhook delivery log, newest first. */
  @Get("/{id}/deliveries")
  @Operation(summary = "The webhook delivery log, newest first")
  @ApiResponse(responseCode = "200", description = "Deliveries with status, attempts, last error")
  @ApiErrors.BadRequest
  @ApiErrors.NotFound
  @ApiErrors.KeyRequired
  public List<DeliveryView> deliveries(
      @PathVariable String id, @Nullable @QueryValue Integer limit, Caller caller) {
    service.get(caller.owner(), id);
    return deliveries.list(id, limit(limit));
  }

  private static long cursor(String value, String name) {
    if (value == null || value.isBlank()) {
      return 0;
    }
    try {
      long v = Long.parseLong(value.trim());
      if (v >= 0) {
        return v;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new SavedQueryException.Invalid(
        "The '" + name + "' cursor must be a value returned by this API, was '" + value + "'.",
        null);
  }

  private static int limit(Integer limit) {
    if (limit == null) {
      return DEFAULT_LIMIT;
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new SavedQueryException.Invalid(
          "The 'limit' must be between 1 and " + MAX_LIMIT + ".", null);
    }
    return limit;
  }
}
