package dev.signaldesk.indexer.search;

import dev.signaldesk.indexer.search.QueryToken.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a user query into {@link QueryToken}s. Operators are upper-case {@code AND}, {@code OR},
 * {@code NOT}, and {@code +}/{@code -} directly before a term; {@code name:} directly followed by a
 * value names a field. Full-width brackets and Chinese quotes are accepted as their ASCII forms.
 */
final class QueryLexer {

  private final String query;
  private final List<QueryToken> tokens = new ArrayList<>();
  private int i;

  private QueryLexer(String query) {
    this.query = query;
  }

  static List<QueryToken> tokenize(String query) {
    QueryLexer lexer = new QueryLexer(query);
    lexer.run();
    return lexer.tokens;
  }

  private void run() {
    while (i < query.length()) {
      char c = query.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
      } else if (c == '(' || c == '（') {
        add(Type.LPAREN, "(");
      } else if (c == ')' || c == '）') {
        add(Type.RPAREN, ")");
      } else if (c == '[' || c == '{') {
        add(Type.RANGE_OPEN, String.valueOf(c));
      } else if (c == ']' || c == '}') {
        add(Type.RANGE_CLOSE, String.valueOf(c));
      } else if (c == '"' || c == '“' || c == '”') {
        phrase();
      } else if ((c == '+' || c == '-') && startsTerm(i + 1)) {
        add(c == '+' ? Type.PLUS : Type.MINUS, String.valueOf(c));
      } else if (c == '+' || c == '-') {
        throw new QuerySyntaxException("'" + c + "' must be followed directly by a term", i);
      } else if (c == ':') {
        throw new QuerySyntaxException("Field name missing before ':'", i);
      } else {
        word();
      }
    }
    tokens.add(new QueryToken(Type.EOF, "", query.length()));
  }

  private void add(Type type, String text) {
    tokens.add(new QueryToken(type, text, i));
    i++;
  }

  private boolean startsTerm(int at) {
    if (at >= query.length()) {
      return false;
    }
    char next = query.charAt(at);
    return !Character.isWhitespace(next) && !Character.isSpaceChar(next) && next != ')';
  }

  private void phrase() {
    int start = i;
    int end = i + 1;
    while (end < query.length() && !isQuote(query.charAt(end))) {
      end++;
    }
    if (end >= query.length()) {
      throw new QuerySyntaxException("Unterminated phrase", start);
    }
    tokens.add(new QueryToken(Type.PHRASE, query.substring(start + 1, end), start));
    i = end + 1;
  }

  private void word() {
    int start = i;
    while (i < query.length() && !endsWord(query.charAt(i))) {
      i++;
    }
    String text = query.substring(start, i);
    if (i < query.length() && query.charAt(i) == ':') {
      i++;
      if (!startsTerm(i)) {
        throw new QuerySyntaxException("Value missing after '" + text + ":'", i);
      }
      tokens.add(new QueryToken(Type.FIELD, text, start));
      return;
    }
    Type type =
        switch (text) {
          case "AND" -> Type.AND;
          case "OR" -> Type.OR;
          case "NOT" -> Type.NOT;
          default -> Type.WORD;
        };
    tokens.add(new QueryToken(type, text, start));
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '“' || c == '”';
  }

  private static boolean endsWord(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || isQuote(c)
        || "()（）[]{}:".indexOf(c) >= 0;
  }
}
