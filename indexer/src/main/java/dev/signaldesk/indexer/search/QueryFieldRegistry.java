package dev.signaldesk.indexer.search;

import dev.signaldesk.indexer.schema.ReportFields;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The fields a user may name in a query ({@code source:36kr}, {@code price_cny_gpu_hour:[0 TO 15]})
 * and in {@link SearchRequest#filters()}. Anything else is a syntax error, which keeps internal
 * fields (stored JSON, ids of children) out of reach.
 *
 * <p>{@link #standard()} knows the report fields; other packages register their own, which must be
 * indexed on the report document (not only on child documents, which search never matches): keyword
 * fields as {@code StringField}/{@code KeywordField}, numeric ones as {@code LongField} or {@code
 * DoubleField} (multi-valued is fine). Thread-safe; register before serving queries.
 */
public final class QueryFieldRegistry {

  /** How a field is queried. */
  public enum FieldKind {
    /** Analysed text: terms, phrases and prefixes through the query analyzer. */
    TEXT,
    /** Exact values, after the field's normaliser. */
    KEYWORD,
    /** {@code LongField}: exact values and ranges. */
    LONG,
    /** {@code DoubleField}: exact values and ranges. */
    DOUBLE,
    /** {@code LongField} of epoch milliseconds, queried with ISO dates or instants. */
    DATE
  }

  /**
   * A queryable field.
   *
   * @param normaliser applied to keyword values before matching (e.g. upper-casing {@code kind})
   */
  public record QueryField(String name, FieldKind kind, UnaryOperator<String> normaliser) {
    public QueryField {
      Objects.requireNonNull(name, "The 'name' parameter must not be null.");
      Objects.requireNonNull(kind, "The 'kind' parameter must not be null.");
      normaliser = normaliser == null ? UnaryOperator.identity() : normaliser;
    }
  }

  private final Map<String, QueryField> fields = new ConcurrentHashMap<>();

  /**
   * A registry with the report fields: {@code title}, {@code text} (text); {@code source}, {@code
   * kind}, {@code language}, {@code author}, {@code id}, {@code url}, {@code chat_group}, {@code
   * chat_offer}, {@code origin} (keywords); {@code published_at} (date).
   */
  public static QueryFieldRegistry standard() {
    QueryFieldRegistry r = new QueryFieldRegistry();
    r.register(new QueryField(ReportFields.TITLE, FieldKind.TEXT, null));
    r.register(new QueryField(ReportFields.TEXT, FieldKind.TEXT, null));
    r.registerKeyword(ReportFields.SOURCE, v -> v.toLowerCase(Locale.ROOT));
    r.registerKeyword(ReportFields.KIND, v -> v.toUpperCase(Locale.ROOT));
    r.registerKeyword(ReportFields.LANGUAGE, v -> v.toLowerCase(Locale.ROOT));
    r.registerKeyword(ReportFields.AUTHOR);
    r.registerKeyword(ReportFields.ID);
    r.registerKeyword(ReportFields.URL);
    r.registerKeyword(ReportFields.CHAT_GROUP);
    r.registerKeyword(ReportFields.CHAT_OFFER, v -> v.toUpperCase(Locale.ROOT));
    r.registerKeyword(ReportFields.ORIGIN, v -> v.toUpperCase(Locale.ROOT));
    r.register(new QueryField(ReportFields.PUBLISHED_AT, FieldKind.DATE, null));
    return r;
  }

  /** Registers (or replaces) a field. */
  public QueryFieldRegistry register(QueryField field) {
    fields.put(field.name(), field);
    return this;
  }

  /** Registers a keyword field matched exactly as the user wrote the value. */
  public QueryFieldRegistry registerKeyword(String name) {
    return register(new QueryField(name, FieldKind.KEYWORD, null));
  }

  /** Registers a keyword field whose values are normalised before matching. */
  public QueryFieldRegistry registerKeyword(String name, UnaryOperator<String> normaliser) {
    return register(new QueryField(name, FieldKind.KEYWORD, normaliser));
  }

  /** Registers a {@code LongField} for exact values and ranges. */
  public QueryFieldRegistry registerLong(String name) {
    return register(new QueryField(name, FieldKind.LONG, null));
  }

  /** Registers a {@code DoubleField} for exact values and ranges. */
  public QueryFieldRegistry registerDouble(String name) {
    return register(new QueryField(name, FieldKind.DOUBLE, null));
  }

  public Optional<QueryField> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  /** Registered names, sorted (for error messages and help). */
  public Set<String> names() {
    return new TreeSet<>(fields.keySet());
  }
}
