package dev.signaldesk.indexer.schema;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;

/**
 * What a {@link FieldContributor} may read while a report is indexed. Valid only during the call it
 * is passed to.
 */
public interface IndexContext {

  /**
   * The current near-real-time searcher over everything indexed up to the last refresh (e.g. to
   * find near duplicates). It sees only documents of earlier refreshes, not this upsert's block.
   */
  IndexSearcher searcher();

  /** The analyzer used for indexed text, for contributors that analyse text themselves. */
  Analyzer indexAnalyzer();
}
