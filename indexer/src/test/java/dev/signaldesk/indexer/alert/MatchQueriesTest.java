package dev.signaldesk.indexer.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class MatchQueriesTest {
  private static final Query REPORTS = term("doc_type", "report");

  private static Query term(String field, String value) {
    return new TermQuery(new Term(field, value));
  }

  /** What the search compiles for one free-text word: all required, a boosted optional title. */
  private static Query word(String w) {
    return new BooleanQuery.Builder()
        .add(term("all", w), Occur.MUST)
        .add(new BoostQuery(term("title", w), 2f), Occur.SHOULD)
        .build();
  }

  @Test
  void dropsOptionalTitleClausesBoostsAndTheReportsOnlyFilter() {
    Query compiled =
        new BooleanQuery.Builder()
            .add(word("h100"), Occur.MUST)
            .add(REPORTS, Occur.FILTER)
            .add(term("kind", "CHAT"), Occur.FILTER)
            .build();

    Query matching = MatchQueries.forMatching(compiled, Set.of(REPORTS));

    assertThat(matching)
        .isEqualTo(
            new BooleanQuery.Builder()
                .add(term("all", "h100"), Occur.FILTER)
                .add(term("kind", "CHAT"), Occur.FILTER)
                .build());
  }

  @Test
  void keepsDisjunctionsExclusionsAndAMinimumOfOptionalClauses() {
    Query or =
        new BooleanQuery.Builder()
            .add(word("h100"), Occur.SHOULD)
            .add(word("a100"), Occur.SHOULD)
            .build();
    Query compiled =
        new BooleanQuery.Builder()
            .add(or, Occur.MUST)
            .add(word("ningxia"), Occur.MUST_NOT)
            .add(REPORTS, Occur.FILTER)
            .build();

    Query matching = MatchQueries.forMatching(compiled, Set.of(REPORTS));

    assertThat(matching)
        .isEqualTo(
            new BooleanQuery.Builder()
                .add(
                    new BooleanQuery.Builder()
                        .add(term("all", "h100"), Occur.SHOULD)
                        .add(term("all", "a100"), Occur.SHOULD)
                        .build(),
                    Occur.FILTER)
                .add(word("ningxia"), Occur.MUST_NOT)
                .build());
  }

  @Test
  void aQueryOfOnlyAlwaysTrueFiltersMatchesEverything() {
    Query compiled =
        new BooleanQuery.Builder()
            .add(new MatchAllDocsQuery(), Occur.MUST)
            .add(REPORTS, Occur.FILTER)
            .build();

    assertThat(MatchQueries.forMatching(compiled, Set.of(REPORTS)))
        .isEqualTo(new MatchAllDocsQuery());
  }
}
