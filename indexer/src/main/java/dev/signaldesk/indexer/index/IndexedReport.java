package dev.signaldesk.indexer.index;

import dev.signaldesk.model.Report;
import java.util.Objects;
import org.apache.lucene.document.Document;

/**
 * A report with the document it was indexed as: its own document (not the children), every
 * contributor's fields in it and facets built. Handed to commit listeners so that they can match or
 * read what was indexed without enriching the report again.
 *
 * @param report the report
 * @param document its indexed document; its fields hold values, not token streams, so it can be
 *     analysed again
 */
public record IndexedReport(Report report, Document document) {

  public IndexedReport {
    Objects.requireNonNull(report, "The 'report' parameter must not be null.");
    Objects.requireNonNull(document, "The 'document' parameter must not be null.");
  }
}
