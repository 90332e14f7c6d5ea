package dev.signaldesk.indexer.search;

/**
 * A user query that cannot be parsed. The message names the problem and ends with its position,
 * e.g. {@code Unbalanced ')' at 14}.
 */
public final class QuerySyntaxException extends IllegalArgumentException {

  private final int position;
  private final String problem;

  public QuerySyntaxException(String problem, int position) {
    super(problem + " at " + position);
    this.problem = problem;
    this.position = position;
  }

  /** 0-based offset in the query string where the problem was found. */
  public int position() {
    return position;
  }

  /** The message without the position. */
  public String problem() {
    return problem;
  }
}
