package dev.signaldesk.indexer.search;

/** How search hits are ordered. Ties are always broken by report id, so paging is stable. */
public enum SortOrder {
  /** Best match first. */
  RELEVANCE,
  /** Latest {@code publishedAt} first; reports without a date come last. */
  NEWEST
}
