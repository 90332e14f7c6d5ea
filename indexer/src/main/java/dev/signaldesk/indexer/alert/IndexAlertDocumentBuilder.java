package dev.signaldesk.indexer.alert;

import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.model.Report;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.document.Document;

/**
 * Builds a report's document as {@link ReportIndex} does, by asking it ({@link
 * ReportIndex#buildDocuments}): the same contributors in the same order (a failing contributor only
 * loses its own fields) and the same facet configuration. Only the report's own document is kept:
 * saved queries match report documents, never contributed children.
 *
 * <p>The commit path does not need this: the index hands the documents it built to its commit
 * listeners ({@link SavedQueryMatcher#matchIndexed}). This is for reports matched on their own.
 */
public final class IndexAlertDocumentBuilder implements AlertDocumentBuilder {

  private final ReportIndex index;

  /**
   * @param index the index whose contributors, searcher and facet configuration are used
   */
  public IndexAlertDocumentBuilder(ReportIndex index) {
    this.index = Objects.requireNonNull(index, "The 'index' parameter must not be null.");
  }

  @Override
  public Document build(Report report) {
    List<Document> block = index.buildDocuments(report);
    return block.get(block.size() - 1);
  }
}
