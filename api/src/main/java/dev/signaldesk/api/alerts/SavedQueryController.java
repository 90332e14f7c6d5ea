package dev.signaldesk.api.alerts;

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
import java.net.URI;
import java.util.List;
import org.reactivestreams.Publisher;

/**
 * Saved queries and their alerts: CRUD, the matches (JSON with a cursor), an Atom feed, a
 * Server-Sent-Events stream and the webhook delivery log. Each analyst sees only their own saved
 * queries; another owner's id answers 404, exactly like an unknown one.
 */
@Controller("/api/saved-queries")
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
  public HttpResponse<SavedQueryView> create(@Body SavedQueryRequest body, Caller caller) {
    SavedQueryView created = service.create(caller.owner(), body);
    return HttpResponse.created(created, URI.create("/api/saved-queries/" + created.id()));
  }

  @Get
  public List<SavedQueryView> list(Caller caller) {
    return service.list(caller.owner());
  }

  @Get("/{id}")
  public SavedQueryView get(@PathVariable String id, Caller caller) {
    return SavedQueryView.of(service.get(caller.owner(), id), false);
  }

  @Put("/{id}")
  public SavedQueryView update(
      @PathVariable String id, @Body SavedQueryRequest body, Caller caller) {
    return service.update(caller.owner(), id, body);
  }

  @Delete("/{id}")
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
  public Publisher<Event<MatchView>> events(
      @PathVariable String id,
      @Nullable @Header("Last-Event-ID") String lastEventId,
      Caller caller) {
    service.get(caller.owner(), id);
    long after = lastEventId == null ? matches.lastSeq(id) : cursor(lastEventId, "Last-Event-ID");
    return broadcaster.stream(id, after);
  }

  /** The webhook delivery log, newest first. */
  @Get("/{id}/deliveries")
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
