package dev.signaldesk.api.services;

/**
 * The API's cursor: the index's cursor with the number of the page it leads to in front, {@code
 * <page>.<index cursor>}. The index cursor is URL-safe Base64, which has no {@code .}, so the split
 * is unambiguous. Knowing the depth lets the API refuse to page deeper than {@link
 * SearchLimits#maxPageDepth()}.
 *
 * @param page the 1-based page the cursor leads to
 * @param indexCursor the index's own cursor
 */
record PagedCursor(int page, String indexCursor) {

  String encode() {
    return page + "." + indexCursor;
  }

  /**
   * @throws InvalidParameterException if the cursor was not made by {@link #encode()}
   */
  static PagedCursor decode(String cursor) {
    int dot = cursor.indexOf('.');
    if (dot > 0) {
      try {
        int page = Integer.parseInt(cursor.substring(0, dot));
        if (page >= 2 && dot + 1 < cursor.length()) {
          return new PagedCursor(page, cursor.substring(dot + 1));
        }
      } catch (NumberFormatException e) {
        // fall through to the common error
      }
    }
    throw new InvalidParameterException(
        "cursor", "is not a valid search cursor; pass nextCursor of the previous page");
  }
}
