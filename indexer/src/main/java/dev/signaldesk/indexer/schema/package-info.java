/**
 * The Lucene schema of a report and the seam through which other packages enrich it.
 *
 * <p>A report is indexed as a block: any child documents contributed by {@link
 * dev.signaldesk.indexer.schema.FieldContributor}s (one per price mention, say) followed by the
 * report's own document. Every document of the block carries {@code report_id}, so an upsert
 * replaces the whole block with one {@code updateDocuments(new Term("report_id", id), block)}, and
 * a {@code doc_type}, so that search and counts can restrict themselves to {@code doc_type=report}
 * while aggregations read the children. Field names live in {@link
 * dev.signaldesk.indexer.schema.ReportFields}; the mapping in {@link
 * dev.signaldesk.indexer.schema.ReportDocuments}.
 */
package dev.signaldesk.indexer.schema;
