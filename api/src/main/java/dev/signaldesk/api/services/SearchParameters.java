package dev.signaldesk.api.services;

import dev.signaldesk.indexer.search.SearchRequest;
import dev.signaldesk.indexer.search.SortOrder;
import dev.signaldesk.model.ReportKind;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The search parameters as a caller writes them, in the API's query string or on the CLI's command
 * line, and their translation into a {@link SearchRequest}. Both front ends go through here, so a
 * bad value gets the same message from either.
 *
 * @param q the user query; blank matches everything
 * @param sources source ids to keep; empty for all
 * @param kind {@code news} or {@code chat} (any case); null for both
 * @param from a date or ISO instant (see {@link InstantParameter}); null for no lower bound
 * @param to a date or ISO instant, inclusive; null for no upper bound
 * @param sort {@code relevance} (default) or {@code newest}
 * @param limit page size, 1 to {@value SearchRequest#MAX_LIMIT}; null for {@value #DEFAULT_LIMIT}
 * @param cursor {@code nextCursor} of the previous page; null for the first page
 */
public record SearchParameters(
    String q,
    List<String> sources,
    String kind,
    String from,
    String to,
    String sort,
    Integer limit,
    String cursor) {

  /** Page size when none is asked for. */
  public static final int DEFAULT_LIMIT = 10;

  public SearchParameters {
    sources = sources == null ? List.of() : List.copyOf(sources);
  }

  /**
   * The same search as a caller may see it: chat messages are private data, so a caller who may not
   * read chat (anonymous, unless {@code api.anonymous-chat}) searches news only, and asking for
   * chat explicitly is refused with the reason rather than silently answered with nothing.
   */
  public SearchParameters visibleTo(boolean mayReadChat) {
    if (mayReadChat) {
      return this;
    }
    if (kindFilter() == ReportKind.CHAT) {
      throw new InvalidParameterException(
          "kind", "may be 'chat' only with an API key (send 'Authorization: Bearer <key>')");
    }
    return new SearchParameters(q, sources, "news", from, to, sort, limit, cursor);
  }

  /**
   * @throws InvalidParameterException naming the first parameter with a bad value
   */
  public SearchRequest toRequest() {
    int size = limit == null ? DEFAULT_LIMIT : limit;
    if (size < 1 || size > SearchRequest.MAX_LIMIT) {
      throw new InvalidParameterException(
          "limit", "must be between 1 and " + SearchRequest.MAX_LIMIT + ", got " + size);
    }
    Instant start = InstantParameter.from("from", from);
    Instant end = InstantParameter.to("to", to);
    if (start != null && end != null && start.isAfter(end)) {
      throw new InvalidParameterException(
          "from", "(" + from + ") must not be after 'to' (" + to + ")");
    }
    List<String> keep = sources.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    return new SearchRequest(
        q, keep, kindFilter(), start, end, sortFilter(), size, blankToNull(cursor), null);
  }

  private ReportKind kindFilter() {
    if (kind == null || kind.isBlank()) {
      return null;
    }
    return switch (kind.trim().toLowerCase(Locale.ROOT)) {
      case "news" -> ReportKind.NEWS;
      case "chat" -> ReportKind.CHAT;
      default ->
          throw new InvalidParameterException("kind", "must be news or chat, got '" + kind + "'");
    };
  }

  private SortOrder sortFilter() {
    if (sort == null || sort.isBlank()) {
      return SortOrder.RELEVANCE;
    }
    return switch (sort.trim().toLowerCase(Locale.ROOT)) {
      case "relevance" -> SortOrder.RELEVANCE;
      case "newest" -> SortOrder.NEWEST;
      default ->
          throw new InvalidParameterException(
              "sort", "must be relevance or newest, got '" + sort + "'");
    };
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
