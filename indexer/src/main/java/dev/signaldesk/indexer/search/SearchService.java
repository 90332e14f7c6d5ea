package dev.signaldesk.indexer.search;

import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.indexer.schema.ReportFields;
import dev.signaldesk.indexer.search.QueryFieldRegistry.FieldKind;
import dev.signaldesk.indexer.search.QueryFieldRegistry.QueryField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BitDocIdSet;

/**
 * Runs {@link SearchRequest}s against a {@link ReportIndex}. Thread-safe.
 *
 * <p>One pass finds the page (a top-N sort with {@code searchAfter}, so deep pages cost no more
 * than the first), skipping the matches that cannot make it; it counts exactly up to {@value
 * #EXACT_TOTAL_UP_TO} and says "at least" beyond. Only when {@link SearchOptions#facets()} asks
 * does a second pass, without scores, count the exact total and the facet counts (from doc values,
 * over the whole result set, or an even sample of it when it is larger than {@value
 * #FACET_SAMPLE_SIZE}). Requests without query text (filters only, such as "all chats, newest
 * first") take their total and facets from a per-reader cache, so their page can stop early. Stored
 * fields and snippets are read for the page's hits only, which keeps a query over a million reports
 * as cheap as the page it returns.
 */
public final class SearchService {

  /** Most values accepted in one filter. */
  public static final int MAX_FILTER_VALUES = 100;

  /** Query-less filters whose totals and facets are kept per reader. */
  private static final int MAX_CACHED_SUMMARIES = 256;

  /** Values shown per facet dimension. */
  public static final int FACET_TOP_N = 20;

  /**
   * Facets of a result larger than this are counted on an even sample of this many of its reports
   * and scaled up ({@link SearchResult#facetsSampled()}): counting reads every report's facet
   * ordinals, which over half a million matches costs more than the rest of the search, while a
   * sample of this size puts a value holding 1% of the result within about ±15% (two standard
   * errors) and the larger values much closer. The total is always exact when facets are asked.
   */
  public static final int FACET_SAMPLE_SIZE = 20_000;

  /**
   * A search that asks no facets counts its matches exactly up to this many and says "at least"
   * beyond ({@link SearchResult#totalExact()}), so the top hits can be found without visiting every
   * match (Lucene skips blocks that cannot compete).
   */
  public static final int EXACT_TOTAL_UP_TO = 10_000;

  /** Fixed, so the same reader and query always give the same sample. */
  private static final long FACET_SAMPLE_SEED = 0x5167_4E41_4C44_65L;

  private static final Set<String> HIT_FIELDS =
      Set.of(
          ReportFields.ID,
          ReportFields.TITLE,
          ReportFields.SOURCE,
          ReportFields.KIND,
          ReportFields.URL,
          ReportFields.PUBLISHED_AT);

  private final ReportIndex index;
  private final QueryFieldRegistry fields;
  private final UserQueryParser parser;
  private final SnippetHighlighter highlighter;
  private final FacetCounter facetCounter;
  private final int facetSampleSize;
  private final int exactTotalUpTo;
  private final ReaderBoundCache<Query, Summary> summaries =
      new ReaderBoundCache<>(MAX_CACHED_SUMMARIES);

  public SearchService(ReportIndex index, QueryFieldRegistry fields) {
    this(index, fields, FACET_SAMPLE_SIZE, EXACT_TOTAL_UP_TO);
  }

  /** With other counting limits than the defaults (tests use small ones). */
  SearchService(
      ReportIndex index, QueryFieldRegistry fields, int facetSampleSize, int exactTotalUpTo) {
    this.facetSampleSize = facetSampleSize;
    this.exactTotalUpTo = exactTotalUpTo;
    this.index = index;
    this.fields = fields;
    this.parser = new UserQueryParser(fields, index.queryAnalyzer());
    this.highlighter = new SnippetHighlighter(index.indexAnalyzer());
    this.facetCounter = new FacetCounter(index, FACET_TOP_N);
  }

  /** A service that knows the standard report fields only. */
  public SearchService(ReportIndex index) {
    this(index, QueryFieldRegistry.standard());
  }

  /**
   * Runs the request against the current near-real-time searcher.
   *
   * @throws QuerySyntaxException if the query cannot be parsed
   * @throws IllegalArgumentException if the cursor or a filter is invalid
   */
  public SearchResult search(SearchRequest req) {
    return search(req, SearchOptions.NONE);
  }

  /**
   * Runs the request with range filters, story collapse, the month facet and a time budget.
   *
   * @throws QuerySyntaxException if the query cannot be parsed
   * @throws IllegalArgumentException if the cursor, a filter or a range is invalid
   * @throws SearchTimeoutException if matching took longer than {@link SearchOptions#timeout()}
   */
  public SearchResult search(SearchRequest req, SearchOptions options) {
    Query userQuery = parser.parse(req.query());
    Query query = ranged(filtered(userQuery, req), options);
    FieldDoc after = req.cursor() == null ? null : SearchCursor.decode(req.cursor(), req.sort());
    boolean queryless = userQuery instanceof MatchAllDocsQuery;
    return index.withSearcher(searcher -> run(searcher, queryless, query, req, after, options));
  }

  /** Parses a user query without running it (e.g. to validate a saved query). */
  public Query parse(String query) {
    return parser.parse(query);
  }

  public QueryFieldRegistry fields() {
    return fields;
  }

  private SearchResult run(
      IndexSearcher base,
      boolean queryless,
      Query query,
      SearchRequest req,
      FieldDoc after,
      SearchOptions options)
      throws IOException {
    IndexSearcher searcher = TimedSearcher.of(base, options.timeout());
    boolean wantFacets = options.facets() || options.monthFacet();
    // A query-less request (a filter such as "all chats") has the same total and facets on every
    // page and for every sort: they are counted once per reader, and the page itself may stop
    // early, since nothing else needs every match.
    Summary summary =
        queryless ? summaries.get(base.getIndexReader(), query, () -> summary(base, query)) : null;
    // One extra hit tells whether there is a next page; with story collapse, the pass collects
    // collapse's whole first window, so that collapse need not run the query again.
    int numHits =
        options.collapseField() == null ? req.limit() + 1 : StoryCollapse.window(req.limit());
    // The page is found by its own pass, which counts exactly up to exactTotalUpTo only, so that
    // Lucene can skip the blocks of matches that cannot make the page (block-max WAND for
    // relevance, points for the date sort). Facets need every match: a second pass collects them
    // without scoring, and its count is the exact total.
    int countUpTo = summary != null ? numHits : Math.max(exactTotalUpTo, numHits);
    TopFieldDocs topDocs =
        searcher.search(
            query, new TopFieldCollectorManager(sort(req.sort()), numHits, after, countUpTo));
    TimedSearcher.check(searcher, options.timeout()); // no facet pass for a page that timed out
    RandomSamplingFacetsCollector facets = null;
    long total;
    boolean totalExact;
    if (summary != null) {
      total = summary.total();
      totalExact = true;
    } else if (wantFacets) {
      facets =
          searcher.search(
              query,
              RandomSamplingFacetsCollector.createManager(facetSampleSize, FACET_SAMPLE_SEED));
      total = facets.getOriginalMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
      totalExact = true;
    } else {
      total = topDocs.totalHits.value;
      totalExact = topDocs.totalHits.relation == TotalHits.Relation.EQUAL_TO;
    }
    TimedSearcher.check(searcher, options.timeout());

    ScoreDoc[] page;
    boolean more;
    Map<Integer, StoryCollapse.Head> stories = Map.of();
    if (options.collapseField() == null) {
      page = Arrays.copyOf(topDocs.scoreDocs, Math.min(req.limit(), topDocs.scoreDocs.length));
      more = topDocs.scoreDocs.length > req.limit();
    } else {
      StoryCollapse.Page collapsed =
          new StoryCollapse(options.collapseField())
              .page(searcher, query, sort(req.sort()), after, req.limit(), topDocs);
      TimedSearcher.check(searcher, options.timeout());
      page = collapsed.heads().toArray(ScoreDoc[]::new);
      more = collapsed.more();
      stories = collapsed.byDoc();
    }
    int[] docIds = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
    String[] snippets = highlighter.snippets(base, query, docIds);
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      SearchHit hit = hit(stored.document(page[i].doc, HIT_FIELDS), snippets[i]);
      StoryCollapse.Head head = stories.get(page[i].doc);
      hits.add(
          head == null || head.story() == null ? hit : hit.inStory(head.story(), head.others()));
    }
    String next = more ? SearchCursor.encode(req.sort(), (FieldDoc) page[page.length - 1]) : null;
    Map<String, Map<String, Long>> facetCounts = new LinkedHashMap<>();
    boolean sampled = false;
    if (summary != null) {
      if (options.facets()) {
        facetCounts.putAll(summary.facets());
      }
      if (options.monthFacet()) {
        facetCounts.put(SearchOptions.MONTH_DIMENSION, summary.months());
      }
    } else if (facets != null) {
      // The sampling collector hands out every match while the result is small enough. A sample
      // holds a few percent more reports than asked (one per bin, bins restart in every segment),
      // so counts are scaled by what was drawn, not by the nominal rate: each single-valued
      // dimension then adds up to the total.
      List<FacetsCollector.MatchingDocs> counted = facets.getMatchingDocs();
      sampled = total > facetSampleSize;
      long drawn = sampled ? counted.stream().mapToLong(SearchService::cardinality).sum() : total;
      double scale = sampled && drawn > 0 ? (double) total / drawn : 1;
      if (options.facets()) {
        facetCounts.putAll(facetCounter.count(searcher, facets, scale));
      }
      if (options.monthFacet()) {
        facetCounts.put(SearchOptions.MONTH_DIMENSION, MonthFacet.count(counted, scale));
      }
    }
    return new SearchResult(total, totalExact, hits, facetCounts, sampled, next);
  }

  /**
   * Total and facet counts of one query-less request, computed without a deadline: the result is
   * shared by every later request on the same reader.
   */
  private record Summary(
      long total, Map<String, Map<String, Long>> facets, Map<String, Long> months) {}

  private Summary summary(IndexSearcher searcher, Query query) throws IOException {
    FacetsCollector facets = searcher.search(query, new FacetsCollectorManager());
    long total = facets.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
    return new Summary(
        total,
        facetCounter.count(searcher, facets, 1),
        java.util.Collections.unmodifiableMap(MonthFacet.count(facets.getMatchingDocs(), 1)));
  }

  /** How many documents one segment's (sampled) matches hold. */
  private static long cardinality(FacetsCollector.MatchingDocs m) {
    try {
      if (m.bits instanceof BitDocIdSet set) {
        return set.bits().cardinality();
      }
      long n = 0;
      DocIdSetIterator it = m.bits.iterator();
      while (it != null && it.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
        n++;
      }
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The query with the options' numeric ranges as filters. */
  private Query ranged(Query query, SearchOptions options) {
    if (options.ranges().isEmpty()) {
      return query;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, Occur.MUST);
    for (NumericRange r : options.ranges()) {
      QueryField field =
          fields
              .field(r.field())
              .filter(f -> f.kind() == FieldKind.DOUBLE)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "A range filter names '"
                              + r.field()
                              + "', which is not a numeric field of this index"));
      b.add(
          DoubleField.newRangeQuery(
              field.name(),
              r.min() == null ? Double.NEGATIVE_INFINITY : r.min(),
              r.max() == null ? Double.POSITIVE_INFINITY : r.max()),
          Occur.FILTER);
    }
    return b.build();
  }

  private static SearchHit hit(Document doc, String snippet) {
    var published = doc.getField(ReportFields.PUBLISHED_AT);
    return new SearchHit(
        doc.get(ReportFields.ID),
        doc.get(ReportFields.TITLE),
        doc.get(ReportFields.SOURCE),
        doc.get(ReportFields.KIND),
        doc.get(ReportFields.URL),
        published == null ? null : Instant.ofEpochMilli(published.numericValue().longValue()),
        snippet);
  }

  /** The user query restricted to report documents and the request's filters. */
  private Query filtered(Query userQuery, SearchRequest req) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (userQuery instanceof MatchAllDocsQuery) {
      // Keep scores constant, so that relevance order falls back to the id tie-breaker.
      b.add(new ConstantScoreQuery(userQuery), Occur.MUST);
    } else {
      b.add(userQuery, Occur.MUST);
    }
    b.add(ReportIndex.reportsOnly(), Occur.FILTER);
    if (!req.sources().isEmpty()) {
      b.add(anyOf(ReportFields.SOURCE, req.sources()), Occur.FILTER);
    }
    if (req.kind() != null) {
      b.add(new TermQuery(new Term(ReportFields.KIND, req.kind().name())), Occur.FILTER);
    }
    if (req.from() != null || req.to() != null) {
      long from = req.from() == null ? Long.MIN_VALUE : epochMillis(req.from());
      long to = req.to() == null ? Long.MAX_VALUE : epochMillis(req.to());
      b.add(LongField.newRangeQuery(ReportFields.PUBLISHED_AT, from, to), Occur.FILTER);
    }
    for (Map.Entry<String, List<String>> filter : req.filters().entrySet()) {
      b.add(filter(filter.getKey(), filter.getValue()), Occur.FILTER);
    }
    return b.build();
  }

  /**
   * Milliseconds since the epoch, saturated: an instant beyond the {@code long} range (the API
   * accepts years up to ±999,999,999) is a bound before or after every stored date, not an error.
   */
  private static long epochMillis(java.time.Instant instant) {
    try {
      return instant.toEpochMilli();
    } catch (ArithmeticException e) {
      return instant.isBefore(java.time.Instant.EPOCH) ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  private Query filter(String name, List<String> values) {
    QueryField field =
        fields
            .field(name)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "The 'filters' parameter names unknown field '"
                            + name
                            + "' (known: "
                            + fields.names()
                            + ")"));
    if (field.kind() != FieldKind.KEYWORD) {
      throw new IllegalArgumentException(
          "The 'filters' parameter names field '" + name + "', which is not a keyword field");
    }
    return anyOf(name, values.stream().map(field.normaliser()).toList());
  }

  private static Query anyOf(String field, List<String> values) {
    if (values.size() > MAX_FILTER_VALUES) {
      throw new IllegalArgumentException(
          "A filter on '" + field + "' may list at most " + MAX_FILTER_VALUES + " values");
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String value : values) {
      any.add(new TermQuery(new Term(field, value)), Occur.SHOULD);
    }
    return new ConstantScoreQuery(any.build());
  }

  private static Sort sort(SortOrder order) {
    SortField byId = KeywordField.newSortField(ReportFields.ID, false, SortedSetSelector.Type.MIN);
    if (order == SortOrder.RELEVANCE) {
      return new Sort(SortField.FIELD_SCORE, byId);
    }
    SortField byDate =
        LongField.newSortField(ReportFields.PUBLISHED_AT, true, SortedNumericSelector.Type.MAX);
    byDate.setMissingValue(Long.MIN_VALUE);
    return new Sort(byDate, byId);
  }
}
