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
 * <p>Speed. Matching cost is per document and per candidate query, so the matcher trims both:
 * queries are registered in a matching-only form ({@link
 * dev.signaldesk.indexer.alert.MatchQueries}: no optional title clauses, boosts or reports-only
 * filter); documents are pruned to the fields some registered query reads ({@link
 * dev.signaldesk.indexer.alert.MatchedFields}), so the stored JSON and the duplicate body field are
 * never analysed; on the commit path the documents are the ones the index just built ({@link
 * dev.signaldesk.indexer.index.IndexedReport}), so reports are not enriched twice and their
 * recorded tokens are replayed, not re-segmented; the presearcher weights few-valued filters
 * ({@code kind}, {@code source}) down ({@link dev.signaldesk.indexer.alert.AlertPresearcher}); and
 * candidates are evaluated over per-batch bit sets with each distinct sub-query searched once per
 * batch ({@link dev.signaldesk.indexer.alert.BatchQueryEvaluator}) instead of one Lucene search per
 * query.
 *
 * <p>Threads. {@link org.apache.lucene.monitor.Monitor#match} is thread-safe, so a matcher built
 * with several threads ({@code alerts.match-threads}) cuts a call's reports into consecutive
 * sub-batches, matches them at once on its own bounded pool and appends their matches and errors in
 * report order: the result is what one thread gives, and a sub-batch that fails only turns its own
 * reports into errors. The pool belongs to the matcher and stops when it is closed.
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
