package dev.signaldesk.indexer.alert;

import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.indexer.schema.FieldContributor;
import dev.signaldesk.indexer.schema.IndexContext;
import dev.signaldesk.indexer.schema.ReportDocuments;
import dev.signaldesk.model.Report;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a report's document as {@link ReportIndex} does: {@link ReportDocuments#toDocument}, the
 * same field contributors in the same order (a failing contributor only loses its own fields), and
 * the index's {@code FacetsConfig.build}. Child documents are left out: saved queries match report
 * documents only.
 */
public final class IndexAlertDocumentBuilder implements AlertDocumentBuilder {
  private static final Logger LOG = LoggerFactory.getLogger(IndexAlertDocumentBuilder.class);

  private final ReportIndex index;
  private final List<FieldContributor> contributors;

  /**
   * @param index the index whose searcher, analyzer and facet configuration are used
   * @param contributors the contributors the index was opened with
   */
  public IndexAlertDocumentBuilder(ReportIndex index, List<FieldContributor> contributors) {
    this.index = index;
    this.contributors = List.copyOf(contributors);
  }

  @Override
  public Document build(Report report) {
    Document doc = ReportDocuments.toDocument(report);
    if (!contributors.isEmpty()) {
      index.withSearcher(
          searcher -> {
            IndexContext ctx = new Context(searcher, index.indexAnalyzer());
            for (FieldContributor c : contributors) {
              Document scratch = new Document();
              try {
                c.contribute(report, scratch, ctx);
              } catch (RuntimeException e) {
                LOG.warn(
                    "Contributor {} failed on report {} while matching alerts: {}",
                    c.getClass().getName(),
                    report.id(),
                    e.toString());
                continue;
              }
              scratch.forEach(doc::add);
            }
            return null;
          });
    }
    try {
      return index.facetsConfig().build(doc);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private record Context(IndexSearcher searcher, Analyzer indexAnalyzer) implements IndexContext {}
}
