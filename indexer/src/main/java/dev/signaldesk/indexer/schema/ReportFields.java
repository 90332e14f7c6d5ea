package dev.signaldesk.indexer.schema;

/**
 * Names of the Lucene fields of a report document, and of the two fields every document in a
 * report's block carries. Contributors choose their own field names; they must not reuse these.
 */
public final class ReportFields {

  private ReportFields() {}

  /** Keyword on every document: {@link #DOC_TYPE_REPORT} for the report, the child's type else. */
  public static final String DOC_TYPE = "doc_type";

  /** {@link #DOC_TYPE} value of the report's own document. */
  public static final String DOC_TYPE_REPORT = "report";

  /** {@link #DOC_TYPE} value given to a child document that did not set its own. */
  public static final String DOC_TYPE_CHILD = "child";

  /** Keyword on every document of a report's block: the report id. Upserts delete by it. */
  public static final String REPORT_ID = "report_id";

  /** Report id: keyword (with doc values, the tie-breaker of every sort), stored. */
  public static final String ID = "id";

  /** Source id: keyword, stored, facet dimension. */
  public static final String SOURCE = "source";

  /** {@code NEWS} or {@code CHAT}: keyword, stored, facet dimension. */
  public static final String KIND = "kind";

  /** Language tag ({@code zh}, {@code en}): keyword, stored, facet dimension. */
  public static final String LANGUAGE = "language";

  /** Epoch milliseconds: points for ranges, doc values for sorting, stored. */
  public static final String PUBLISHED_AT = "published_at";

  /** URL and canonical URL: exact keywords, stored. */
  public static final String URL = "url";

  public static final String CANONICAL_URL = "canonical_url";

  /** Analysed, stored, with offsets in the postings for fast highlighting. */
  public static final String TITLE = "title";

  /** Analysed, stored, with offsets in the postings for fast highlighting. */
  public static final String TEXT = "text";

  /**
   * Title and text together, analysed, not stored: free-text queries match here, so that the words
   * of one query may be spread over title and body.
   */
  public static final String ALL = "all";

  /** Author keyword (chat: the sender pseudonym). */
  public static final String AUTHOR = "author";

  /** Hex SHA-256 of the normalised text: keyword, for finding identical bodies. */
  public static final String CONTENT_SHA256 = "content_sha256";

  /** How the report entered SignalDesk ({@code CRAWL}, {@code IMPORT}, {@code DEMO}): keyword. */
  public static final String ORIGIN = "origin";

  /** Chat group name: keyword. */
  public static final String CHAT_GROUP = "chat_group";

  /** Chat offer side ({@code SELL}, {@code BUY}): keyword. */
  public static final String CHAT_OFFER = "chat_offer";

  /** The whole report as JSON, stored only: the exact round trip for {@code get(id)}. */
  public static final String REPORT_JSON = "report_json";
}
