package dev.signaldesk.indexer.schema;

import dev.signaldesk.model.Report;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;

/**
 * Adds enrichment (signals, extracted prices, story ids ...) to a report as it is indexed.
 *
 * <p>The index calls every contributor, in order, for each upserted report. A contributor that
 * throws loses only its own fields for that report: the report is indexed without them and the
 * failure is logged.
 */
public interface FieldContributor {

  /** Adds fields (and facet fields) to the report's own document. */
  void contribute(Report report, Document doc, IndexContext ctx);

  /**
   * Extra documents indexed in the same block as the report (e.g. one per price mention). The index
   * adds {@link ReportFields#REPORT_ID} to each, and {@link ReportFields#DOC_TYPE} {@code child}
   * unless the contributor set its own {@code doc_type}. Default: none.
   */
  default List<Document> children(Report report, IndexContext ctx) {
    return List.of();
  }

  /** Declares facet dimensions (multi-valued etc.). Default: nothing. */
  default void configure(FacetsConfig facets) {}
}
