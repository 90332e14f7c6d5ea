package dev.signaldesk.api.ui;

import dev.signaldesk.api.services.SearchParameters;
import dev.signaldesk.indexer.search.SearchRequest;
import dev.signaldesk.indexer.signal.index.SignalFields;
import io.micronaut.http.HttpParameters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole state of the search page, as its URL carries it: every link the page makes (facets,
 * more results, clear) is built from here, so any state is bookmarkable.
 */
public record SearchForm(
    String q,
    List<String> sources,
    String kind,
    String model,
    String side,
    String from,
    String to,
    String sort) {

  public SearchForm {
    q = q == null ? "" : q;
    sources = sources == null ? List.of() : sources.stream().filter(s -> !s.isBlank()).toList();
  }

  /** The form as the page's query string carries it (the names of {@link #url()}). */
  static SearchForm of(HttpParameters p) {
    return new SearchForm(
        p.get("q"),
        p.getAll("source"),
        p.get("kind"),
        p.get("model"),
        p.get("side"),
        p.get("from"),
        p.get("to"),
        p.get("sort"));
  }

  /** The service request: the API's parameters plus the signal filters (model, side). */
  SearchRequest toRequest(String cursor, int limit, boolean mayReadChat) {
    SearchRequest base =
        new SearchParameters(q, sources, kind, from, to, sort, limit, cursor)
            .visibleTo(mayReadChat)
            .toRequest();
    Map<String, List<String>> filters = new HashMap<>();
    if (model != null && !model.isBlank()) {
      filters.put(SignalFields.MODEL, List.of(model));
    }
    if (side != null && !side.isBlank()) {
      filters.put(SignalFields.SIDE, List.of(side.toUpperCase(java.util.Locale.ROOT)));
    }
    return new SearchRequest(
        base.query(),
        base.sources(),
        base.kind(),
        base.from(),
        base.to(),
        base.sort(),
        base.limit(),
        base.cursor(),
        filters);
  }

  /** This page's URL ({@code /search?...}). */
  public String url() {
    return query().on("/search");
  }

  /** The fragment URL for the page after {@code cursor}. */
  public String moreUrl(String cursor) {
    return query().add("cursor", cursor).on("/search/more");
  }

  /** The URL with {@code value} of facet {@code dim} chosen, or unchosen when it already is. */
  public String facetUrl(String dim, String value) {
    return switch (dim) {
      case "source" -> {
        List<String> s = new ArrayList<>(sources);
        if (!s.remove(value)) {
          s.add(value);
        }
        yield new SearchForm(q, s, kind, model, side, from, to, sort).url();
      }
      case "kind" -> with(q, value.equalsIgnoreCase(kind) ? null : value, model, side);
      case "model" -> with(q, kind, value.equalsIgnoreCase(model) ? null : value, side);
      case "side" -> with(q, kind, model, value.equalsIgnoreCase(side) ? null : value);
      default -> with(clause(dim, value), kind, model, side);
    };
  }

  /** Whether facet value {@code value} of {@code dim} is one of the active filters. */
  public boolean chosen(String dim, String value) {
    return switch (dim) {
      case "source" -> sources.contains(value);
      case "kind" -> value.equalsIgnoreCase(kind);
      case "model" -> value.equalsIgnoreCase(model);
      case "side" -> value.equalsIgnoreCase(side);
      default -> q.contains(dim + ":" + quoted(value));
    };
  }

  public boolean hasFilters() {
    return !sources.isEmpty()
        || notBlank(kind)
        || notBlank(model)
        || notBlank(side)
        || notBlank(from)
        || notBlank(to);
  }

  /** The query without filters. */
  public String clearUrl() {
    return new UrlQuery().add("q", q).add("sort", sort).on("/search");
  }

  private String clause(String dim, String value) {
    String c = dim + ":" + quoted(value);
    return q.isBlank() ? c : q.contains(c) ? q : q + " " + c;
  }

  private static String quoted(String v) {
    return v.matches("[\\p{L}\\p{N}_.-]+") ? v : "\"" + v.replace("\"", "") + "\"";
  }

  private String with(String query, String k, String m, String s) {
    return new SearchForm(query, sources, k, m, s, from, to, sort).url();
  }

  private UrlQuery query() {
    UrlQuery u = new UrlQuery().add("q", q);
    sources.forEach(s -> u.add("source", s));
    return u.add("kind", kind)
        .add("model", model)
        .add("side", side)
        .add("from", from)
        .add("to", to)
        .add("sort", sort);
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
