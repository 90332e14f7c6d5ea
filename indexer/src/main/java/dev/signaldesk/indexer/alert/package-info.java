/**
 * Saved-query alerts: which newly indexed reports match which saved queries.
 *
 * <p>Design. Every saved query is compiled once (by an {@link
 * dev.signaldesk.indexer.alert.AlertQueryCompiler}, the same parser and filters the search uses)
 * and registered in a Lucene {@link org.apache.lucene.monitor.Monitor}, an in-memory inverted index
 * of queries. New reports are turned into documents by the same schema code as the index ({@link
 * dev.signaldesk.indexer.alert.AlertDocumentBuilder}) and matched in batches: the monitor's
 * presearcher picks the few queries that can match a batch, so the cost grows with the number of
 * candidate queries, not with all of them.
 *
 * <p>The monitor holds no state of its own worth keeping: the saved queries live in the api's
 * database, and {@link dev.signaldesk.indexer.alert.SavedQueryMatcher#replaceAll} rebuilds the
 * query index from there at start-up. Matches are handed to a {@link
 * dev.signaldesk.indexer.alert.MatchRecorder}, whose store decides what is new: a match is recorded
 * once per (saved query, story or document), so a re-crawl or restart never repeats an alert.
 *
 * <p>Failures are data: a saved query that fails to compile or to run is reported in {@link
 * dev.signaldesk.indexer.alert.MatchBatch#errors()} and the rest of the batch still matches.
 *
 * <p>No Micronaut here; {@link dev.signaldesk.indexer.alert.NewReportAlerter} is the one object the
 * api wires to the index's commit listener.
 */
package dev.signaldesk.indexer.alert;
