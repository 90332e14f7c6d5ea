package dev.signaldesk.indexer.alert;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.monitor.CandidateMatcher;
import org.apache.lucene.monitor.MatcherFactory;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.FixedBitSet;

/**
 * Matches the candidate queries of one monitor batch by evaluating their boolean structure over bit
 * sets of the batch's documents, with each distinct sub-query searched once per batch.
 *
 * <p>Why: thousands of saved queries share a small vocabulary ({@code all:h100}, {@code kind:CHAT},
 * a phrase, a price range). Run one by one, as the monitor's default matcher does, each query pays
 * Lucene's set-up (rewrite, weight, a terms-dictionary seek and a postings enum per term) again for
 * terms the previous query already looked up, and that set-up, not the matching, dominated the
 * cost. Here a leaf query ({@code TermQuery}, {@code PhraseQuery}, a point range ...) is searched
 * once per batch and remembered by equality; {@code BooleanQuery}, boosts and constant-score
 * wrappers are combined with bit-set operations following Lucene's rules, so the documents matched
 * are exactly those Lucene would match. A boolean query with a minimum number of optional clauses
 * above one is searched as a whole, like a leaf.
 */
final class BatchQueryEvaluator extends CandidateMatcher<QueryMatch> {

  /** Creates one evaluator per batch (the monitor's searcher is over that batch only). */
  static final MatcherFactory<QueryMatch> FACTORY = BatchQueryEvaluator::new;

  private final int maxDoc;
  private final Map<Query, FixedBitSet> evaluated = new HashMap<>();

  private BatchQueryEvaluator(IndexSearcher searcher) {
    super(searcher);
    // Every query runs once per batch: the cache would only add its bookkeeping.
    searcher.setQueryCache(null);
    this.maxDoc = searcher.getIndexReader().maxDoc();
  }

  @Override
  protected void matchQuery(String queryId, Query matchQuery, Map<String, String> metadata)
      throws IOException {
    FixedBitSet docs = evaluate(matchQuery);
    if (docs.cardinality() == 0) {
      return;
    }
    QueryMatch match = new QueryMatch(queryId);
    for (int doc = docs.nextSetBit(0);
        doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = doc + 1 < maxDoc ? docs.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
      addMatch(match, doc);
    }
  }

  @Override
  public QueryMatch resolve(QueryMatch match1, QueryMatch match2) {
    return match1;
  }

  /** The batch documents {@code query} matches; shared, never to be modified by the caller. */
  private FixedBitSet evaluate(Query query) throws IOException {
    FixedBitSet known = evaluated.get(query);
    if (known != null) {
      return known;
    }
    FixedBitSet docs;
    if (query instanceof BoostQuery boost) {
      docs = evaluate(boost.getQuery());
    } else if (query instanceof ConstantScoreQuery constant) {
      docs = evaluate(constant.getQuery());
    } else if (query instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() <= 1) {
      docs = evaluate(bool);
    } else {
      docs = search(query);
    }
    evaluated.put(query, docs);
    return docs;
  }

  /** Lucene's boolean rules, for a minimum of zero or one optional clause. */
  private FixedBitSet evaluate(BooleanQuery bool) throws IOException {
    List<Query> required = new ArrayList<>();
    List<Query> optional = new ArrayList<>();
    List<Query> prohibited = new ArrayList<>();
    for (BooleanClause c : bool.clauses()) {
      switch (c.getOccur()) {
        case MUST, FILTER -> required.add(c.getQuery());
        case SHOULD -> optional.add(c.getQuery());
        case MUST_NOT -> prohibited.add(c.getQuery());
      }
    }
    FixedBitSet result = new FixedBitSet(maxDoc);
    // Optional clauses must match when nothing is required, or when a minimum of one is set.
    boolean optionalRequired = required.isEmpty() || bool.getMinimumNumberShouldMatch() == 1;
    if (required.isEmpty() && optional.isEmpty()) {
      return result; // only exclusions (or nothing): Lucene matches no document
    }
    if (required.isEmpty()) {
      orInto(result, optional);
    } else {
      result.set(0, maxDoc);
      for (Query q : required) {
        result.and(evaluate(q));
      }
      if (optionalRequired) {
        FixedBitSet any = new FixedBitSet(maxDoc);
        orInto(any, optional);
        result.and(any);
      }
    }
    for (Query q : prohibited) {
      result.andNot(evaluate(q));
    }
    return result;
  }

  private void orInto(FixedBitSet target, List<Query> queries) throws IOException {
    for (Query q : queries) {
      target.or(evaluate(q));
    }
  }

  /** Runs {@code query} on the batch as Lucene does (deleted documents excluded). */
  private FixedBitSet search(Query query) throws IOException {
    FixedBitSet docs = new FixedBitSet(maxDoc);
    searcher.search(
        query,
        new SimpleCollector() {
          private int docBase;

          @Override
          protected void doSetNextReader(LeafReaderContext context) {
            docBase = context.docBase;
          }

          @Override
          public void collect(int doc) {
            docs.set(docBase + doc);
          }

          @Override
          public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
          }
        });
    return docs;
  }
}
