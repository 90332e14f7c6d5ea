package dev.signaldesk.indexer.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.monitor.MatcherFactory;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultiMatchingQueries;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/** The bit-set evaluation matches exactly what Lucene's own matcher matches, query by query. */
class BatchQueryEvaluatorTest {

  private static final String[][] DOCS = {
    {"CHAT", "出8卡 h100 整机 月租 7.5w", "7.5"},
    {"CHAT", "h800 rent below market", "9"},
    {"NEWS", "h100 fire sale in ningxia", "12"},
    {"NEWS", "sunny weather in beijing", null},
    {"CHAT", "a100 idle racks fire sale", "4"},
    {"NEWS", "h100 and a100 rent recovery", "15"},
  };

  private static Query term(String field, String value) {
    return new TermQuery(new Term(field, value));
  }

  private static Query bool(int minShould, Object... occurAndQuery) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(minShould);
    for (int i = 0; i < occurAndQuery.length; i += 2) {
      b.add((Query) occurAndQuery[i + 1], (Occur) occurAndQuery[i]);
    }
    return b.build();
  }

  private static Map<String, Query> queries() {
    Query h100 = term("text", "h100");
    Query a100 = term("text", "a100");
    Query rent = term("text", "rent");
    Query chat = term("kind", "CHAT");
    Map<String, Query> q = new TreeMap<>();
    q.put("term", h100);
    q.put("and", bool(0, Occur.MUST, h100, Occur.FILTER, chat));
    q.put("or", bool(0, Occur.SHOULD, h100, Occur.SHOULD, a100));
    q.put("not", bool(0, Occur.MUST, h100, Occur.MUST_NOT, term("text", "ningxia")));
    q.put("only-not", bool(0, Occur.MUST_NOT, h100));
    q.put("required-and-optional", bool(0, Occur.MUST, rent, Occur.SHOULD, h100));
    q.put("required-and-one-optional", bool(1, Occur.MUST, rent, Occur.SHOULD, h100));
    q.put(
        "two-of-three",
        bool(2, Occur.SHOULD, h100, Occur.SHOULD, a100, Occur.SHOULD, term("text", "sale")));
    q.put(
        "nested",
        bool(
            0,
            Occur.FILTER,
            bool(0, Occur.SHOULD, new BoostQuery(h100, 2f), Occur.SHOULD, a100),
            Occur.MUST_NOT,
            chat));
    q.put("constant", new ConstantScoreQuery(rent));
    q.put("all-but-chat", bool(0, Occur.MUST, new MatchAllDocsQuery(), Occur.MUST_NOT, chat));
    q.put("phrase", new PhraseQuery("text", "fire", "sale"));
    q.put("price", DoubleField.newRangeQuery("price", 5, 10));
    q.put(
        "price-or-term",
        bool(0, Occur.SHOULD, DoubleField.newRangeQuery("price", 14, 20), Occur.SHOULD, a100));
    q.put("empty", bool(0));
    return q;
  }

  private static Document[] documents() {
    List<Document> docs = new ArrayList<>();
    for (String[] d : DOCS) {
      Document doc = new Document();
      doc.add(new StringField("kind", d[0], Field.Store.NO));
      doc.add(new TextField("text", d[1], Field.Store.NO));
      if (d[2] != null) {
        doc.add(new DoubleField("price", Double.parseDouble(d[2]), Field.Store.NO));
      }
      docs.add(doc);
    }
    return docs.toArray(new Document[0]);
  }

  /** Per document: the ids of the queries that matched it. */
  private static List<TreeSet<String>> run(MatcherFactory<QueryMatch> matcher) throws IOException {
    try (Monitor monitor = new Monitor(new StandardAnalyzer())) {
      for (Map.Entry<String, Query> e : queries().entrySet()) {
        monitor.register(new MonitorQuery(e.getKey(), e.getValue()));
      }
      MultiMatchingQueries<QueryMatch> result = monitor.match(documents(), matcher);
      assertThat(result.getErrors()).isEmpty();
      List<TreeSet<String>> perDoc = new ArrayList<>();
      for (int i = 0; i < DOCS.length; i++) {
        TreeSet<String> ids = new TreeSet<>();
        if (result.getMatches(i) != null) {
          result.getMatches(i).forEach(m -> ids.add(m.getQueryId()));
        }
        perDoc.add(ids);
      }
      return perDoc;
    }
  }

  @Test
  void matchesTheSameDocumentsAsLucenesMatcherForEveryQueryShape() throws IOException {
    List<TreeSet<String>> lucene = run(QueryMatch.SIMPLE_MATCHER);
    List<TreeSet<String>> bitSets = run(BatchQueryEvaluator.FACTORY);

    assertThat(bitSets).isEqualTo(lucene);
    // The comparison is not vacuous: shapes that match and shapes that exclude both occur.
    assertThat(lucene.get(0)).contains("and", "price");
    assertThat(lucene.get(1))
        .contains("required-and-optional")
        .doesNotContain("required-and-one-optional");
    assertThat(lucene.get(5)).contains("required-and-one-optional", "two-of-three");
    assertThat(lucene.get(2)).contains("phrase", "two-of-three").doesNotContain("not");
    assertThat(lucene.get(3)).containsExactly("all-but-chat");
    assertThat(lucene.stream().flatMap(TreeSet::stream)).doesNotContain("only-not", "empty");
  }
}
