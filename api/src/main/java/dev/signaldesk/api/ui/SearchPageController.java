package dev.signaldesk.api.ui;

import dev.signaldesk.api.model.SearchResponse;
import dev.signaldesk.api.services.InvalidParameterException;
import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.indexer.search.QuerySyntaxException;
import dev.signaldesk.indexer.search.SearchOptions;
import dev.signaldesk.indexer.search.SearchResult;
import dev.signaldesk.indexer.search.SearchService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The search page ({@code /search}) and its "more results" fragment ({@code /search/more}). A query
 * that does not parse is shown inline with its position marked, never as an error page.
 */
@Hidden
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class SearchPageController {
  static final int PAGE_SIZE = 10;

  private final SearchService search;
  private final StoryIndex stories;
  private final Pages pages;
  // Pages are read without a key: chat messages show only where the config opens them to all.
  private final boolean anonymousChat;

  public SearchPageController(
      SearchService search, StoryIndex stories, Pages pages, SignalDeskConfig config) {
    this.search = search;
    this.stories = stories;
    this.pages = pages;
    this.anonymousChat = config.api().anonymousChat();
  }

  @Get
  public HttpResponse<?> home() {
    return HttpResponse.seeOther(URI.create("/search"));
  }

  @Get("/search")
  public ModelAndView<Map<String, Object>> page(HttpRequest<?> request) {
    SearchForm form = SearchForm.of(request.getParameters());
    Map<String, Object> m = pages.model(request, "search");
    m.put("form", form);
    try {
      // The first page shows the facets; "more" pages do not, so they skip counting them.
      SearchResult result =
          search.search(form.toRequest(null, PAGE_SIZE, anonymousChat), SearchOptions.FACETED);
      SearchResponse r = SearchResponse.of(result);
      m.put("total", pages.format(request, "search.results", r.total()));
      m.put("facets", r.facets());
      m.put("facetsSampled", r.facetsSampled());
      m.put("hits", hits(request, r));
      m.put("more", r.nextCursor() == null ? null : form.moreUrl(r.nextCursor()));
    } catch (QuerySyntaxException e) {
      m.put("syntax", SyntaxError.of(form.q(), e));
    } catch (InvalidParameterException e) {
      m.put("paramError", e.getMessage());
    }
    return new ModelAndView<>("search", m);
  }

  @Get("/search/more")
  public ModelAndView<Map<String, Object>> more(
      HttpRequest<?> request, @Nullable @QueryValue String cursor) {
    SearchForm form = SearchForm.of(request.getParameters());
    Map<String, Object> m = pages.model(request, "search");
    SearchResponse r =
        SearchResponse.of(search.search(form.toRequest(cursor, PAGE_SIZE, anonymousChat)));
    m.put("hits", hits(request, r));
    m.put("more", r.nextCursor() == null ? null : form.moreUrl(r.nextCursor()));
    return new ModelAndView<>("search-more", m);
  }

  private List<HitRow> hits(HttpRequest<?> request, SearchResponse r) {
    return r.hits().stream()
        .map(
            h -> {
              int others = stories.othersCount(h.id());
              return new HitRow(
                  h.id(),
                  h.title(),
                  h.source(),
                  h.kind(),
                  Dates.day(h.publishedAt()),
                  MarkOnly.clean(h.snippet()),
                  others == 0 ? null : pages.format(request, "search.story.more", others));
            })
        .toList();
  }

  /** One result row; {@code snippetHtml} is already reduced to text and {@code <mark>}. */
  public record HitRow(
      String id,
      String title,
      String source,
      String kind,
      String date,
      String snippetHtml,
      String storyMore) {}

  /** The query split around the error position, so the page can mark it. */
  public record SyntaxError(String problem, int position, String before, String at, String after) {
    static SyntaxError of(String q, QuerySyntaxException e) {
      int p = Math.max(0, Math.min(e.position(), q.length()));
      int end = Math.min(q.length(), p + 1);
      return new SyntaxError(
          e.problem(), p, q.substring(0, p), q.substring(p, end), q.substring(end));
    }
  }
}
