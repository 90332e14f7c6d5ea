package dev.signaldesk.indexer.alert;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexableFieldType;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The document fields the registered saved queries read, so that the monitor indexes only those.
 *
 * <p>The monitor analyses every field of every document it is given into its in-memory index; an
 * index document carries much that no saved query can look at (the report as stored JSON, the body
 * a second time as {@code text}, facet and sort doc values, story bands). Counting, per field, how
 * many registered queries read it keeps the pruned document exactly as matchable as the whole one.
 * When a query reads something the visitor cannot attribute to a field, nothing is pruned.
 * Thread-safe.
 */
final class MatchedFields {

  private final Map<String, Set<String>> fieldsByQuery = new HashMap<>();
  private final Map<String, Integer> queriesByField = new HashMap<>();
  private final Set<String> unattributed = new HashSet<>();

  /**
   * Records the fields {@code query} reads, replacing what was recorded for {@code id}. Call it
   * after the query is in the monitor; before, call {@link #widen}, so that no selection taken in
   * between lacks a field the old or the new version reads.
   */
  synchronized void put(String id, Query query) {
    remove(id);
    add(id, reads(query));
  }

  /** Adds the fields {@code query} reads to those recorded for {@code id}. */
  synchronized void widen(String id, Query query) {
    Reads reads = reads(query);
    Set<String> old = fieldsByQuery.get(id);
    boolean attributed = reads.attributed() && !unattributed.contains(id);
    remove(id);
    Set<String> union = new HashSet<>(reads.fields());
    if (old != null) {
      union.addAll(old);
    }
    add(id, new Reads(union, attributed));
  }

  synchronized void remove(String id) {
    unattributed.remove(id);
    Set<String> fields = fieldsByQuery.remove(id);
    if (fields != null) {
      fields.forEach(f -> queriesByField.computeIfPresent(f, (k, n) -> n == 1 ? null : n - 1));
    }
  }

  /** Replaces everything recorded with the fields of {@code queries} (id → query), at once. */
  synchronized void reset(Map<String, Query> queries) {
    fieldsByQuery.clear();
    queriesByField.clear();
    unattributed.clear();
    queries.forEach((id, q) -> add(id, reads(q)));
  }

  private void add(String id, Reads reads) {
    if (!reads.attributed()) {
      unattributed.add(id);
    }
    fieldsByQuery.put(id, reads.fields());
    reads.fields().forEach(f -> queriesByField.merge(f, 1, Integer::sum));
  }

  /** The current selection: apply it to a whole batch so the batch is pruned consistently. */
  synchronized Selection selection() {
    return unattributed.isEmpty() ? new Selection(Set.copyOf(queriesByField.keySet())) : ALL;
  }

  private static final Selection ALL = new Selection(null);

  /**
   * Which fields to keep.
   *
   * @param names the fields read by some query, or null for every field
   */
  record Selection(Set<String> names) {

    /**
     * The fields of {@code doc} a query may read: those with a selected name that are indexed
     * (terms or points) or have doc values; stored-only values are never matched on.
     */
    Document prune(Document doc) {
      Document pruned = new Document();
      for (IndexableField f : doc) {
        if ((names == null || names.contains(f.name())) && searchable(f.fieldType())) {
          pruned.add(f);
        }
      }
      return pruned;
    }

    private static boolean searchable(IndexableFieldType t) {
      return t.indexOptions() != IndexOptions.NONE
          || t.pointDimensionCount() > 0
          || t.docValuesType() != DocValuesType.NONE;
    }
  }

  private record Reads(Set<String> fields, boolean attributed) {}

  /** Every field {@code query} reads, exclusions included. */
  static Reads reads(Query query) {
    FieldCollector collector = new FieldCollector();
    query.visit(collector);
    return new Reads(Set.copyOf(collector.fields), collector.attributed);
  }

  /**
   * Queries announce their field with {@link #acceptField} before their terms or leaf; a leaf that
   * announced none (other than match-all or match-none) reads something unknown.
   */
  private static final class FieldCollector extends QueryVisitor {
    final Set<String> fields = new HashSet<>();
    boolean attributed = true;
    private boolean announced;

    @Override
    public boolean acceptField(String field) {
      fields.add(field);
      announced = true;
      return true;
    }

    @Override
    public void consumeTerms(Query query, Term... terms) {
      for (Term t : terms) {
        fields.add(t.field());
      }
      leaf(query);
    }

    @Override
    public void consumeTermsMatching(
        Query query, String field, Supplier<ByteRunAutomaton> automaton) {
      fields.add(field);
      leaf(query);
    }

    @Override
    public void visitLeaf(Query query) {
      if (!announced
          && !(query instanceof MatchAllDocsQuery || query instanceof MatchNoDocsQuery)) {
        attributed = false;
      }
      leaf(query);
    }

    private void leaf(Query query) {
      // The next leaf must announce its own field.
      announced = false;
    }

    @Override
    public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
      // The default skips MUST_NOT clauses; a document without the excluded field would then
      // wrongly pass the exclusion.
      return this;
    }
  }
}
