package dev.signaldesk.indexer.alert;

import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.indexer.schema.ReportFields;
import dev.signaldesk.indexer.search.QueryFieldRegistry;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Compiles saved queries the way the search does: the user query through the search's parser, the
 * filters as non-scoring clauses on the report's keyword fields (normalised by the {@link
 * QueryFieldRegistry}), and only report documents (never contributed children).
 */
public final class IndexAlertQueryCompiler implements AlertQueryCompiler {
  private final Function<String, Query> userQueryParser;
  private final QueryFieldRegistry fields;

  /**
   * @param userQueryParser the search's parser for the user syntax; throws {@code
   *     QuerySyntaxException} (with a position) for bad input
   * @param fields the fields the search lets users filter on
   */
  public IndexAlertQueryCompiler(
      Function<String, Query> userQueryParser, QueryFieldRegistry fields) {
    this.userQueryParser =
        Objects.requireNonNull(
            userQueryParser, "The 'userQueryParser' parameter must not be null.");
    this.fields = Objects.requireNonNull(fields, "The 'fields' parameter must not be null.");
  }

  @Override
  public Query compile(SavedQuerySpec spec) {
    AlertFilters f = spec.filters();
    Query text =
        spec.query().isBlank() ? new MatchAllDocsQuery() : userQueryParser.apply(spec.query());
    BooleanQuery.Builder b =
        new BooleanQuery.Builder()
            .add(text, BooleanClause.Occur.MUST)
            .add(ReportIndex.reportsOnly(), BooleanClause.Occur.FILTER);
    anyOf(b, ReportFields.SOURCE, f.sources());
    if (f.kind() != null) {
      anyOf(b, ReportFields.KIND, List.of(f.kind().name()));
    }
    for (Map.Entry<String, List<String>> e : f.fields().entrySet()) {
      anyOf(b, e.getKey(), e.getValue());
    }
    return b.build();
  }

  private void anyOf(BooleanQuery.Builder b, String field, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    QueryFieldRegistry.QueryField known =
        fields
            .field(field)
            .filter(q -> q.kind() == QueryFieldRegistry.FieldKind.KEYWORD)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "unknown filter field '"
                            + field
                            + "'; keyword fields are "
                            + keywordFields()));
    UnaryOperator<String> normalise = known.normaliser();
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String v : values) {
      any.add(new TermQuery(new Term(field, normalise.apply(v))), BooleanClause.Occur.SHOULD);
    }
    b.add(any.build(), BooleanClause.Occur.FILTER);
  }

  private List<String> keywordFields() {
    return fields.names().stream()
        .filter(
            n ->
                fields
                    .field(n)
                    .map(q -> q.kind() == QueryFieldRegistry.FieldKind.KEYWORD)
                    .orElse(false))
        .toList();
  }
}
