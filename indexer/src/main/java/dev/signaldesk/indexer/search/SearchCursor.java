package dev.signaldesk.indexer.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * The opaque paging cursor: the sort values of the last hit of a page, URL-safe Base64 of {@code
 * v1|R|<score bits>|<id>} (relevance) or {@code v1|N|<epoch millis>|<id>} (newest). The id is the
 * tie-breaker of every sort, so the position is exact even among equal scores or dates.
 */
final class SearchCursor {

  private static final String VERSION = "v1";

  private SearchCursor() {}

  static String encode(SortOrder sort, FieldDoc last) {
    Object first = last.fields[0];
    String id = ((BytesRef) last.fields[1]).utf8ToString();
    String value =
        sort == SortOrder.RELEVANCE
            ? Integer.toString(Float.floatToIntBits((Float) first))
            : Long.toString((Long) first);
    String raw = String.join("|", VERSION, code(sort), value, id);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The {@code searchAfter} position of a cursor.
   *
   * @throws IllegalArgumentException if the cursor is malformed or made for another sort order
   */
  static FieldDoc decode(String cursor, SortOrder sort) {
    String[] parts;
    try {
      parts =
          new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 4);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    if (parts.length != 4 || !parts[0].equals(VERSION) || parts[3].isEmpty()) {
      throw invalid();
    }
    if (!parts[1].equals(code(sort))) {
      throw new IllegalArgumentException(
          "The 'cursor' parameter belongs to a search sorted differently; start again without it");
    }
    Object value;
    try {
      value =
          sort == SortOrder.RELEVANCE
              ? (Object) Float.intBitsToFloat(Integer.parseInt(parts[2]))
              : (Object) Long.parseLong(parts[2]);
    } catch (NumberFormatException e) {
      throw invalid();
    }
    // doc = MAX_VALUE: on equal sort values, skip every document, i.e. only the cursor's own one.
    return new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[] {value, new BytesRef(parts[3])});
  }

  private static String code(SortOrder sort) {
    return sort == SortOrder.RELEVANCE ? "R" : "N";
  }

  private static IllegalArgumentException invalid() {
    return new IllegalArgumentException("The 'cursor' parameter is not a valid search cursor");
  }
}
