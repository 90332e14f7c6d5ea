package dev.signaldesk.indexer.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Rewrites a compiled saved query into the query the monitor runs: one that matches exactly the
 * same documents but reads fewer terms.
 *
 * <p>The search's queries are built for ranking: every free-text word is {@code all:w} (required)
 * plus a boosted, optional {@code title:w}, and every saved query carries a filter that excludes
 * child documents. For a yes/no match neither matters: an optional clause beside a required one
 * never changes which documents match, a boost changes only the score, and the monitor is only ever
 * given report documents. Dropping them halves the terms each candidate query looks up and lets the
 * monitor leave {@code title} out of its documents when no saved query names it.
 */
final class MatchQueries {

  private MatchQueries() {}

  /**
   * @param query the compiled saved query
   * @param alwaysTrue queries every matched document satisfies (e.g. "is a report document"):
   *     removed where they are required, since they cannot reject anything
   * @return a query matching the same documents among those satisfying {@code alwaysTrue}
   */
  static Query forMatching(Query query, Set<Query> alwaysTrue) {
    if (query instanceof BoostQuery boost) {
      return forMatching(boost.getQuery(), alwaysTrue);
    }
    if (query instanceof ConstantScoreQuery constant) {
      return forMatching(constant.getQuery(), alwaysTrue);
    }
    if (query instanceof BooleanQuery bool) {
      return forMatching(bool, alwaysTrue);
    }
    return query;
  }

  private static Query forMatching(BooleanQuery bool, Set<Query> alwaysTrue) {
    boolean hasRequired =
        bool.clauses().stream().anyMatch(c -> c.isRequired() && c.getOccur() != Occur.MUST_NOT);
    // With a required clause and no minimum, optional clauses only score (Lucene's rule).
    boolean optionalOnlyScores = hasRequired && bool.getMinimumNumberShouldMatch() == 0;
    List<Query> required = new ArrayList<>();
    List<Query> optional = new ArrayList<>();
    List<Query> prohibited = new ArrayList<>();
    for (BooleanClause c : bool.clauses()) {
      switch (c.getOccur()) {
        case MUST, FILTER -> {
          if (!alwaysTrue.contains(c.getQuery())) {
            required.add(forMatching(c.getQuery(), alwaysTrue));
          }
        }
        case SHOULD -> {
          if (!optionalOnlyScores) {
            optional.add(forMatching(c.getQuery(), alwaysTrue));
          }
        }
        // Exclusions are kept as written: "always true" says nothing about what they exclude.
        case MUST_NOT -> prohibited.add(c.getQuery());
      }
    }
    if (optionalOnlyScores && required.isEmpty()) {
      // Every required clause was always true: the query matches every document it is given.
      required.add(new MatchAllDocsQuery());
    }
    if (required.size() == 1 && optional.isEmpty() && prohibited.isEmpty()) {
      return required.get(0);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.setMinimumNumberShouldMatch(optionalOnlyScores ? 0 : bool.getMinimumNumberShouldMatch());
    // FILTER rather than MUST: nothing is scored, and the clause order stays as the user wrote it.
    required.forEach(q -> b.add(q, Occur.FILTER));
    optional.forEach(q -> b.add(q, Occur.SHOULD));
    prohibited.forEach(q -> b.add(q, Occur.MUST_NOT));
    return b.build();
  }
}
