package dev.signaldesk.indexer.search;

/** One lexical token of a user query, with its 0-based position in the query string. */
record QueryToken(Type type, String text, int position) {

  enum Type {
    WORD,
    PHRASE,
    /** {@code name:} — text is the field name. */
    FIELD,
    AND,
    OR,
    NOT,
    PLUS,
    MINUS,
    LPAREN,
    RPAREN,
    /** {@code [} or {@code {} — text says which. */
    RANGE_OPEN,
    /** {@code ]} or {@code }} — text says which. */
    RANGE_CLOSE,
    EOF
  }

  /** How the token reads in an error message. */
  String describe() {
    return switch (type) {
      case EOF -> "end of query";
      case PHRASE -> "\"" + text + "\"";
      case FIELD -> "'" + text + ":'";
      default -> "'" + text + "'";
    };
  }
}
