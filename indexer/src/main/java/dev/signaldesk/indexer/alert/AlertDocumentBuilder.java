package dev.signaldesk.indexer.alert;

import dev.signaldesk.model.Report;
import org.apache.lucene.document.Document;

/**
 * Builds the Lucene document of a report exactly as the index does (facet fields already passed
 * through {@code FacetsConfig.build}), so saved queries see the same fields and tokens as search.
 */
public interface AlertDocumentBuilder {

  Document build(Report report);
}
