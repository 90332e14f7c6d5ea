package dev.signaldesk.indexer.alert;

import org.apache.lucene.search.Query;

/**
 * Turns a saved query into the Lucene query the search would run for it, filters included, so an
 * alert fires for exactly the reports the same search would find.
 */
public interface AlertQueryCompiler {

  /**
   * @throws IllegalArgumentException (or a subclass carrying a position) when the query text does
   *     not parse
   */
  Query compile(SavedQuerySpec spec);
}
