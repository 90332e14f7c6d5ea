/**
 * Signals in the index. {@link dev.signaldesk.indexer.signal.index.SignalFieldContributor} adds
 * keyword, numeric and facet fields to each report and one child document per price mention; {@link
 * dev.signaldesk.indexer.signal.index.SignalQueryFields} makes them queryable. The services ({@link
 * dev.signaldesk.indexer.signal.index.PriceIndexService}, {@link
 * dev.signaldesk.indexer.signal.index.SelloffService}, {@link
 * dev.signaldesk.indexer.signal.index.SentimentService}) aggregate with collectors over doc values
 * only; stored fields are read for the receipts of one period.
 *
 * <p>The series are linear in the rows they read and allocate nothing per row: mentions and reports
 * go into primitive columns ({@link dev.signaldesk.indexer.signal.index.MentionColumns}), are
 * grouped by period with a counting sort that maps each distinct day to its period once ({@link
 * dev.signaldesk.indexer.signal.index.PeriodGroups}), and distinct counts use a primitive {@link
 * dev.signaldesk.indexer.signal.index.LongHashSet}; only the per-period median, quartiles and MAD
 * sort (O(n log n) over one period). A series changes only when the index commits, so each is kept
 * per (selection, index reader) in a {@link dev.signaldesk.indexer.search.ReaderBoundCache}.
 *
 * <p>After a commit the work is proportional to what the commit changed, not to the index: each
 * segment's mentions of a selection are kept ({@link
 * dev.signaldesk.indexer.signal.index.SegmentMentionCache}, keyed by the segment reader, so deletes
 * and merges make new entries and closed segments drop theirs), and each period's mention count and
 * order-free fingerprint ({@link dev.signaldesk.indexer.signal.index.PeriodFingerprints}) are
 * compared with the previous answer: only the periods that differ are computed again. One
 * consequence: the repost rule keeps a story's first mention of a value in index order, and a merge
 * can reorder segments; a period kept from before a merge may then count one source more or less
 * than its receipts, which are always computed afresh, until the period changes.
 */
package dev.signaldesk.indexer.signal.index;
