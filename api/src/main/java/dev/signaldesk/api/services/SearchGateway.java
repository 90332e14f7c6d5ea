package dev.signaldesk.api.services;

import dev.signaldesk.api.cache.IndexBoundCache;
import dev.signaldesk.api.model.SearchResponse;
import dev.signaldesk.indexer.search.QuerySyntaxException;
import dev.signaldesk.indexer.search.SearchOptions;
import dev.signaldesk.indexer.search.SearchRequest;
import dev.signaldesk.indexer.search.SearchResult;
import dev.signaldesk.indexer.search.SearchService;
import dev.signaldesk.indexer.search.SearchTimeoutException;
import dev.signaldesk.indexer.signal.index.SignalFields;
import java.util.Map;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Search as both front ends offer it: {@link SearchParameters} and {@link SignalFilters} in, {@link
 * SearchResponse} out. The HTTP controller and {@code signaldesk search --json} share it, which is
 * what makes their JSON identical.
 *
 * <p>Before a search runs, its cost is checked against {@link SearchLimits} (page depth from the
 * cursor, prefix terms in the query); while it runs, the time budget applies. Results come from the
 * {@link IndexBoundCache} when an equal request was answered since the index last changed.
 */
public final class SearchGateway {
  /** The cache key: the normalised request and its options. */
  public record SearchKey(SearchRequest request, SearchOptions options) {}

  private final SearchService search;
  private final SearchLimits limits;
  private final IndexBoundCache<SearchKey, SearchResult> cache; // null: no caching

  /** A gateway without limits or cache (the CLI reading its own index). */
  public SearchGateway(SearchService search) {
    this(search, SearchLimits.NONE, null);
  }

  public SearchGateway(
      SearchService search, SearchLimits limits, IndexBoundCache<SearchKey, SearchResult> cache) {
    this.search = search;
    this.limits = limits;
    this.cache = cache;
  }

  /** A search without signal filters, stories collapsed. */
  public SearchResponse search(SearchParameters params) {
    return search(params, SignalFilters.NONE);
  }

  /** A search with the facets counted (the search page and the API's default). */
  public SearchResponse search(SearchParameters params, SignalFilters signals) {
    return search(params, signals, true);
  }

  /**
   * @param facets whether to count facets over the whole result; a client paging through hits saves
   *     that pass with false (the response's facets are then empty)
   * @throws InvalidParameterException for a bad filter, limit, sort or cursor, a cursor deeper than
   *     the page limit or too many prefix terms
   * @throws QuerySyntaxException for a query that does not parse
   * @throws SearchTimeoutException when the search ran out of its time budget
   */
  public SearchResponse search(SearchParameters params, SignalFilters signals, boolean facets) {
    SearchRequest plain = params.toRequest();
    PagedCursor cursor = plain.cursor() == null ? null : PagedCursor.decode(plain.cursor());
    int page = cursor == null ? 1 : cursor.page();
    if (page > limits.maxPageDepth()) {
      throw new InvalidParameterException(
          "cursor",
          "leads to page "
              + page
              + ", beyond the deepest page served ("
              + limits.maxPageDepth()
              + "); narrow the search with filters or dates instead");
    }
    checkWildcards(plain.query());
    Map<String, java.util.List<String>> keywords = signals.keywordFilters();
    keywords.keySet().forEach(this::requireField);
    var ranges = signals.ranges();
    ranges.forEach(r -> requireField(r.field()));
    SearchRequest request =
        new SearchRequest(
            plain.query(),
            plain.sources(),
            plain.kind(),
            plain.from(),
            plain.to(),
            plain.sort(),
            plain.limit(),
            cursor == null ? null : cursor.indexCursor(),
            keywords);
    SearchOptions options =
        new SearchOptions(
            ranges,
            signals.collapsed() ? SignalFields.STORY : null,
            facets,
            limits.timeout(),
            facets);
    SearchResult result;
    try {
      result =
          cache == null
              ? search.search(request, options)
              : cache.get(new SearchKey(request, options), () -> search.search(request, options));
    } catch (QuerySyntaxException | SearchTimeoutException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      // Filters and ranges were checked above; what is left is the index's own cursor.
      throw new InvalidParameterException("cursor", "is not valid: " + e.getMessage());
    }
    SearchResponse response = SearchResponse.of(result);
    String next =
        response.nextCursor() == null
            ? null
            : new PagedCursor(page + 1, response.nextCursor()).encode();
    return response.withNextCursor(next);
  }

  private void checkWildcards(String q) {
    // A prefix query reports itself as a leaf, a term set or an automaton depending on how it
    // compiled; count each distinct one once.
    java.util.Set<Query> prefixes =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    search
        .parse(q)
        .visit(
            new QueryVisitor() {
              @Override
              public void visitLeaf(Query query) {
                add(query);
              }

              @Override
              public void consumeTerms(Query query, org.apache.lucene.index.Term... terms) {
                add(query);
              }

              @Override
              public void consumeTermsMatching(
                  Query query,
                  String field,
                  java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton>
                      automaton) {
                add(query);
              }

              @Override
              public QueryVisitor getSubVisitor(
                  org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
              }

              private void add(Query query) {
                if (query instanceof MultiTermQuery) {
                  prefixes.add(query);
                }
              }
            });
    if (prefixes.size() > limits.maxWildcards()) {
      throw new InvalidParameterException(
          "q",
          "has "
              + prefixes.size()
              + " prefix terms (word*); at most "
              + limits.maxWildcards()
              + " are allowed per query");
    }
  }

  private void requireField(String field) {
    if (search.fields().field(field).isEmpty()) {
      throw new InvalidParameterException(
          apiName(field), "cannot be used: this index has no '" + field + "' field");
    }
  }

  private static String apiName(String field) {
    return switch (field) {
      case SignalFields.PRICE_CNY_GPU_HOUR -> "minPrice";
      case SignalFields.SENTIMENT -> "minSentiment";
      default -> field;
    };
  }
}
