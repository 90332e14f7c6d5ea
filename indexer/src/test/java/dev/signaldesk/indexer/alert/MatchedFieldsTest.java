package dev.signaldesk.indexer.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class MatchedFieldsTest {
  private final MatchedFields fields = new MatchedFields();

  private static Query term(String field, String value) {
    return new TermQuery(new Term(field, value));
  }

  private static Document document() {
    Document d = new Document();
    d.add(new TextField("all", "h100 rent in ningxia", Field.Store.NO));
    d.add(new TextField("text", "h100 rent in ningxia", Field.Store.NO));
    d.add(new StoredField("report_json", "{}"));
    d.add(new StringField("kind", "CHAT", Field.Store.YES));
    d.add(new DoubleField("price", 7.5, Field.Store.NO));
    return d;
  }

  private List<String> kept(Document pruned) {
    return StreamSupport.stream(pruned.spliterator(), false).map(f -> f.name()).toList();
  }

  @Test
  void keepsOnlyIndexedFieldsSomeQueryReadsIncludingExcludedOnes() {
    fields.put(
        "q1",
        new BooleanQuery.Builder()
            .add(term("all", "h100"), Occur.MUST)
            .add(term("kind", "NEWS"), Occur.MUST_NOT)
            .build());
    fields.put("q2", DoubleField.newRangeQuery("price", 5, 10));

    Document pruned = fields.selection().prune(document());

    // Without "kind" the exclusion could not reject a NEWS report; "text" and the JSON go.
    assertThat(kept(pruned)).containsExactlyInAnyOrder("all", "kind", "price");
  }

  @Test
  void aFieldIsDroppedOnlyWhenTheLastQueryReadingItGoes() {
    fields.put("q1", term("text", "h100"));
    fields.put("q2", term("text", "rent"));
    fields.remove("q1");
    assertThat(kept(fields.selection().prune(document()))).contains("text");

    fields.remove("q2");
    assertThat(kept(fields.selection().prune(document()))).isEmpty();
  }

  @Test
  void widenKeepsTheOldVersionsFieldsUntilTheNewOneIsPut() {
    fields.put("q1", term("text", "h100"));
    fields.widen("q1", term("all", "h100"));
    assertThat(kept(fields.selection().prune(document()))).containsExactlyInAnyOrder("text", "all");

    fields.put("q1", term("all", "h100"));
    assertThat(kept(fields.selection().prune(document()))).containsExactly("all");

    fields.reset(Map.of("q9", term("kind", "CHAT")));
    assertThat(kept(fields.selection().prune(document()))).containsExactly("kind");
  }

  @Test
  void aQueryWhoseFieldsCannotBeToldKeepsEveryIndexedField() {
    Query opaque =
        new Query() {
          @Override
          public void visit(QueryVisitor visitor) {
            visitor.visitLeaf(this);
          }

          @Override
          public String toString(String field) {
            return "opaque";
          }

          @Override
          public boolean equals(Object other) {
            return other == this;
          }

          @Override
          public int hashCode() {
            return 1;
          }
        };
    fields.put("q1", term("all", "h100"));
    fields.put("q2", opaque);

    assertThat(kept(fields.selection().prune(document())))
        .containsExactlyInAnyOrder("all", "text", "kind", "price");
  }
}
