/**
 * The report index on disk: {@link dev.signaldesk.indexer.index.ReportIndex}.
 *
 * <p>One {@code IndexWriter} per directory (a second writer gets {@link
 * dev.signaldesk.indexer.index.IndexLockedException}; readers may open the index read-only
 * meanwhile). Searches use near-real-time searchers from a {@code SearcherManager}, refreshed on a
 * timer and on demand, so that fresh reports are searchable in about a second without waiting for a
 * commit. Durability is separate and explicit: only {@code commit()} makes reports survive a crash,
 * and Lucene's commit protocol guarantees that a process killed at any moment leaves the last
 * commit intact. Commit listeners learn which reports were new in each commit; that is how alerts
 * run on fresh reports only.
 *
 * <p>{@code upsert} may be called from several threads at once, and should be when ingesting in
 * bulk: the enrichment (analysis, signal extraction, story lookup) is CPU-bound and runs on the
 * calling thread, the {@code IndexWriter} indexes concurrently, and upserts only share a read lock
 * that a commit takes exclusively for the moment it drains the pending batch. Whether a report is
 * new is decided by one term lookup per segment on the same searcher the contributors use.
 */
package dev.signaldesk.indexer.index;
