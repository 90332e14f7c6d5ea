package dev.signaldesk.indexer.search;

import dev.signaldesk.indexer.schema.ReportFields;
import dev.signaldesk.indexer.search.QueryFieldRegistry.FieldKind;
import dev.signaldesk.indexer.search.QueryFieldRegistry.QueryField;
import dev.signaldesk.indexer.search.QueryToken.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * Parses the user query syntax into a Lucene query, by recursive descent.
 *
 * <p>Syntax: words and {@code "phrases"}; {@code AND} (the default between terms), {@code OR},
 * {@code NOT} and {@code +}/{@code -} prefixes; parentheses; {@code field:value}, {@code
 * field:"value"}, {@code field:(a OR b)} on {@link QueryFieldRegistry registered} fields; ranges
 * {@code field:[lo TO hi]} ({@code {}} exclusive, {@code *} open) on numeric and date fields; a
 * trailing {@code *} for prefixes of at least {@value #MIN_PREFIX} characters. Nothing else is
 * reachable: no leading or inner wildcards, no regular expressions, no fuzzy or boost operators
 * (their characters are just punctuation to the analyzer), and limits on length, terms and nesting
 * keep queries cheap. Errors are {@link QuerySyntaxException}s with the 0-based position.
 *
 * <p>Adjacent plain words are analysed together, so multi-word synonyms ({@code compute power} →
 * {@code 算力}) apply, and every word of a Chinese run such as {@code 租金暴跌} is required. Free text
 * matches the {@code all} field (title and body together), with a boost when it also matches the
 * title.
 */
public final class UserQueryParser {

  /** Longest accepted query, in characters. */
  public static final int MAX_LENGTH = 1000;

  /** Most terms, phrases and ranges in one query. */
  public static final int MAX_CLAUSES = 64;

  /** Deepest nesting of parentheses. */
  public static final int MAX_DEPTH = 8;

  /** Fewest characters before a trailing {@code *}. */
  public static final int MIN_PREFIX = 2;

  private static final int MAX_PREFIX_BYTES = 256;

  private static final float TITLE_BOOST = 2f;

  private final QueryFieldRegistry fields;
  private final Analyzer analyzer;
  private final QueryBuilder builder;

  public UserQueryParser(QueryFieldRegistry fields, Analyzer queryAnalyzer) {
    this.fields = fields;
    this.analyzer = queryAnalyzer;
    this.builder = new QueryBuilder(queryAnalyzer);
    builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
  }

  /**
   * Parses a query; blank matches every document.
   *
   * @throws QuerySyntaxException with the position of the problem
   */
  public Query parse(String query) {
    if (query == null || query.isBlank()) {
      return new MatchAllDocsQuery();
    }
    if (query.length() > MAX_LENGTH) {
      throw new QuerySyntaxException("Query longer than " + MAX_LENGTH + " characters", MAX_LENGTH);
    }
    Run run = new Run(QueryLexer.tokenize(query));
    Query result = run.orExpr(null, 0);
    QueryToken rest = run.peek();
    if (rest.type() == Type.RPAREN) {
      throw new QuerySyntaxException("Unbalanced ')'", rest.position());
    }
    if (rest.type() != Type.EOF) {
      throw new QuerySyntaxException("Unexpected " + rest.describe(), rest.position());
    }
    return result == null ? new MatchNoDocsQuery("no searchable words") : result;
  }

  /** A parsed operand: a query, possibly negated. */
  private record Operand(Query query, boolean negated) {}

  /** The state of one parse. */
  private final class Run {
    private final List<QueryToken> tokens;
    private int next;
    private int clauses;

    Run(List<QueryToken> tokens) {
      this.tokens = tokens;
    }

    QueryToken peek() {
      return tokens.get(next);
    }

    QueryToken take() {
      return tokens.get(next++);
    }

    Query orExpr(QueryField field, int depth) {
      BooleanQuery.Builder or = new BooleanQuery.Builder();
      int parts = 0;
      Query single = andExpr(field, depth);
      if (single != null) {
        or.add(single, Occur.SHOULD);
        parts++;
      }
      while (peek().type() == Type.OR) {
        QueryToken op = take();
        requireOperand(op);
        Query part = andExpr(field, depth);
        if (part != null) {
          or.add(part, Occur.SHOULD);
          parts++;
          single = part;
        }
      }
      return parts <= 1 ? single : or.build();
    }

    private void requireOperand(QueryToken op) {
      Type t = peek().type();
      if (t == Type.EOF || t == Type.RPAREN || t == Type.OR || t == Type.AND) {
        throw new QuerySyntaxException("Missing term after " + op.text(), peek().position());
      }
    }

    Query andExpr(QueryField field, int depth) {
      QueryToken first = peek();
      if (first.type() == Type.AND || first.type() == Type.OR) {
        throw new QuerySyntaxException("Missing term before " + first.text(), first.position());
      }
      BooleanQuery.Builder and = new BooleanQuery.Builder();
      int positives = 0;
      int negatives = 0;
      Operand only = null;
      StringBuilder words = new StringBuilder();
      while (true) {
        QueryToken t = peek();
        if (t.type() == Type.OR || t.type() == Type.RPAREN || t.type() == Type.EOF) {
          break;
        }
        Operand operand;
        if (t.type() == Type.AND) {
          take();
          requireOperand(t);
          continue;
        } else if (t.type() == Type.WORD && isPlainWord(t.text()) && isTextField(field)) {
          take();
          countClause(t);
          words.append(words.length() == 0 ? "" : " ").append(t.text());
          if (isPlainWordRunEnd()) {
            operand = new Operand(textLeaf(field, words.toString(), false), false);
            words.setLength(0);
          } else {
            continue;
          }
        } else {
          operand = unary(field, depth);
        }
        if (operand.query() == null) {
          continue;
        }
        and.add(operand.query(), operand.negated() ? Occur.MUST_NOT : Occur.MUST);
        if (operand.negated()) {
          negatives++;
        } else {
          positives++;
        }
        only = operand;
      }
      if (positives + negatives == 0) {
        return null;
      }
      if (positives == 1 && negatives == 0) {
        return only.query();
      }
      if (positives == 0) {
        and.add(new MatchAllDocsQuery(), Occur.MUST);
      }
      return and.build();
    }

    /** True when the next token does not continue a run of plain words. */
    private boolean isPlainWordRunEnd() {
      QueryToken t = peek();
      return t.type() != Type.WORD || !isPlainWord(t.text());
    }

    Operand unary(QueryField field, int depth) {
      QueryToken t = peek();
      switch (t.type()) {
        case NOT, MINUS -> {
          take();
          requireOperand(t);
          Operand inner = unary(field, depth);
          return new Operand(inner.query(), !inner.negated());
        }
        case PLUS -> {
          take();
          return unary(field, depth);
        }
        default -> {
          return new Operand(primary(field, depth), false);
        }
      }
    }

    Query primary(QueryField field, int depth) {
      QueryToken t = take();
      switch (t.type()) {
        case LPAREN -> {
          if (depth + 1 > MAX_DEPTH) {
            throw new QuerySyntaxException(
                "Parentheses nested deeper than " + MAX_DEPTH, t.position());
          }
          if (peek().type() == Type.RPAREN) {
            throw new QuerySyntaxException("Empty parentheses", t.position());
          }
          Query inner = orExpr(field, depth + 1);
          QueryToken close = take();
          if (close.type() == Type.EOF) {
            throw new QuerySyntaxException("Unbalanced '('", t.position());
          }
          if (close.type() != Type.RPAREN) {
            throw new QuerySyntaxException(
                "Expected ')' but found " + close.describe(), close.position());
          }
          return inner;
        }
        case FIELD -> {
          if (field != null) {
            throw new QuerySyntaxException(
                "A field cannot be named inside the group of field '" + field.name() + "'",
                t.position());
          }
          return fieldValue(resolve(t), t, depth);
        }
        case WORD -> {
          return leaf(field, t, false);
        }
        case PHRASE -> {
          return leaf(field, t, true);
        }
        case RANGE_OPEN ->
            throw new QuerySyntaxException(
                "A range needs a numeric field, e.g. price_cny_gpu_hour:[0 TO 15]", t.position());
        default -> throw new QuerySyntaxException("Unexpected " + t.describe(), t.position());
      }
    }

    private QueryField resolve(QueryToken fieldToken) {
      String name = fieldToken.text().toLowerCase(Locale.ROOT);
      return fields
          .field(name)
          .orElseThrow(
              () ->
                  new QuerySyntaxException(
                      "Unknown field '"
                          + fieldToken.text()
                          + "' (known: "
                          + fields.names()
                          + "; put text with ':' in quotes to search for it)",
                      fieldToken.position()));
    }

    private Query fieldValue(QueryField field, QueryToken fieldToken, int depth) {
      QueryToken t = peek();
      return switch (t.type()) {
        case LPAREN, WORD, PHRASE -> primary(field, depth);
        case RANGE_OPEN -> range(field);
        default ->
            throw new QuerySyntaxException(
                "Expected a value after '" + fieldToken.text() + ":'", t.position());
      };
    }

    private Query leaf(QueryField field, QueryToken t, boolean phrase) {
      countClause(t);
      FieldKind kind = field == null ? FieldKind.TEXT : field.kind();
      String value = t.text();
      int star = phrase ? -1 : wildcardAt(t);
      return switch (kind) {
        case TEXT ->
            star >= 0
                ? prefix(field == null ? ReportFields.ALL : field.name(), t, true)
                : textLeaf(field, value, phrase);
        case KEYWORD ->
            star >= 0
                ? prefix(field.name(), t, false)
                : new TermQuery(new Term(field.name(), field.normaliser().apply(value)));
        case LONG, DOUBLE, DATE -> {
          if (star >= 0 || phrase) {
            throw new QuerySyntaxException(
                "Field '" + field.name() + "' takes a number or a range", t.position());
          }
          yield NumericValues.exact(field, value, t.position());
        }
      };
    }

    private Query range(QueryField field) {
      QueryToken open = take();
      countClause(open);
      if (field.kind() == FieldKind.TEXT || field.kind() == FieldKind.KEYWORD) {
        throw new QuerySyntaxException(
            "Field '" + field.name() + "' is not numeric; ranges need a numeric field",
            open.position());
      }
      QueryToken lo = rangeBound(open);
      QueryToken to = take();
      if (to.type() != Type.WORD || !to.text().equalsIgnoreCase("TO")) {
        throw new QuerySyntaxException("Expected 'TO' in range", to.position());
      }
      QueryToken hi = rangeBound(open);
      QueryToken close = take();
      if (close.type() != Type.RANGE_CLOSE) {
        throw new QuerySyntaxException("Expected ']' or '}' to close the range", close.position());
      }
      return NumericValues.range(field, lo, open.text().equals("["), hi, close.text().equals("]"));
    }

    private QueryToken rangeBound(QueryToken open) {
      QueryToken t = take();
      if (t.type() == Type.MINUS && peek().type() == Type.WORD) {
        QueryToken number = take();
        return new QueryToken(Type.WORD, "-" + number.text(), t.position());
      }
      if (t.type() != Type.WORD) {
        throw new QuerySyntaxException(
            "Expected a number or '*' in the range opened at " + open.position(), t.position());
      }
      return t;
    }

    private void countClause(QueryToken t) {
      if (++clauses > MAX_CLAUSES) {
        throw new QuerySyntaxException("More than " + MAX_CLAUSES + " terms", t.position());
      }
    }
  }

  private static boolean isTextField(QueryField field) {
    return field == null || field.kind() == FieldKind.TEXT;
  }

  private static boolean isPlainWord(String word) {
    return word.indexOf('*') < 0 && word.indexOf('?') < 0;
  }

  /** Index of a valid trailing {@code *}, or -1 for a plain word; throws for other wildcards. */
  private static int wildcardAt(QueryToken t) {
    String w = t.text();
    int question = w.indexOf('?');
    if (question >= 0) {
      throw new QuerySyntaxException("'?' wildcards are not supported", t.position() + question);
    }
    int star = w.indexOf('*');
    if (star < 0) {
      return -1;
    }
    if (star != w.length() - 1) {
      throw new QuerySyntaxException(
          "'*' is only allowed at the end of a word", t.position() + star);
    }
    if (w.codePointCount(0, star) < MIN_PREFIX) {
      throw new QuerySyntaxException(
          "A prefix needs at least " + MIN_PREFIX + " characters before '*'", t.position() + star);
    }
    // Lucene compiles a prefix into an automaton of one state per UTF-8 byte and refuses (with an
    // IllegalArgumentException) one of more than 1,000 states; no real word comes near this cap.
    if (w.substring(0, star).getBytes(StandardCharsets.UTF_8).length > MAX_PREFIX_BYTES) {
      throw new QuerySyntaxException(
          "A prefix may have at most " + MAX_PREFIX_BYTES + " bytes before '*'", t.position());
    }
    return star;
  }

  private Query prefix(String field, QueryToken t, boolean analysed) {
    String prefix = t.text().substring(0, t.text().length() - 1);
    if (!analysed) {
      return new PrefixQuery(new Term(field, prefix));
    }
    BytesRef raw = analyzer.normalize(field, prefix);
    PrefixQuery unstemmed = new PrefixQuery(new Term(field, raw));
    String stem = PrefixStemmer.stem(raw.utf8ToString());
    if (stem.length() < MIN_PREFIX || stem.equals(raw.utf8ToString())) {
      return unstemmed;
    }
    // Indexed English words are stemmed ("operators" → "oper"), so "operat*" must also try the
    // stem of the prefix, or it would miss the very word it was typed for.
    return new BooleanQuery.Builder()
        .add(unstemmed, Occur.SHOULD)
        .add(new PrefixQuery(new Term(field, stem)), Occur.SHOULD)
        .build();
  }

  /** Free text on a text field, or on {@code all} with a title boost when no field is named. */
  private Query textLeaf(QueryField field, String text, boolean phrase) {
    if (field != null) {
      return analysed(field.name(), text, phrase);
    }
    Query all = analysed(ReportFields.ALL, text, phrase);
    if (all == null) {
      return null;
    }
    Query title = analysed(ReportFields.TITLE, text, phrase);
    return new BooleanQuery.Builder()
        .add(all, Occur.MUST)
        .add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD)
        .build();
  }

  private Query analysed(String field, String text, boolean phrase) {
    return phrase
        ? builder.createPhraseQuery(field, text)
        : builder.createBooleanQuery(field, text, Occur.MUST);
  }
}
