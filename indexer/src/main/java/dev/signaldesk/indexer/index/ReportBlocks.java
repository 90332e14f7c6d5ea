package dev.signaldesk.indexer.index;

import dev.signaldesk.indexer.schema.FieldContributor;
import dev.signaldesk.indexer.schema.IndexContext;
import dev.signaldesk.indexer.schema.ReportDocuments;
import dev.signaldesk.indexer.schema.ReportFields;
import dev.signaldesk.model.Report;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.IndexSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the block of documents a report is indexed as: contributed children first, the report's
 * own document last, every one with {@code doc_type} and {@code report_id}, facets built.
 */
final class ReportBlocks {

  private static final Logger LOG = LoggerFactory.getLogger(ReportBlocks.class);

  private final List<FieldContributor> contributors;
  private final FacetsConfig facetsConfig;
  private final Analyzer indexAnalyzer;

  ReportBlocks(List<FieldContributor> contributors, FacetsConfig facetsConfig, Analyzer analyzer) {
    this.contributors = List.copyOf(contributors);
    this.facetsConfig = facetsConfig;
    this.indexAnalyzer = analyzer;
  }

  private record Context(IndexSearcher searcher, Analyzer indexAnalyzer) implements IndexContext {}

  /**
   * The report's block. A contributor that throws is skipped for this report (logged), so that one
   * enrichment bug cannot keep reports out of the index; its partial fields are discarded.
   */
  List<Document> build(Report report, IndexSearcher searcher) throws IOException {
    IndexContext ctx = new Context(searcher, indexAnalyzer);
    Document doc = ReportDocuments.toDocument(report, indexAnalyzer);
    List<Document> block = new ArrayList<>();
    for (FieldContributor contributor : contributors) {
      Document scratch = new Document();
      List<Document> children;
      try {
        contributor.contribute(report, scratch, ctx);
        children = contributor.children(report, ctx);
      } catch (RuntimeException e) {
        LOG.warn(
            "Contributor {} failed on report {}; indexing it without that contributor's fields: {}",
            contributor.getClass().getName(),
            report.id(),
            e.toString());
        continue;
      }
      scratch.forEach(doc::add);
      for (Document child : children) {
        block.add(facetsConfig.build(asChild(child, report.id())));
      }
    }
    block.add(facetsConfig.build(doc));
    return block;
  }

  private static Document asChild(Document child, String reportId) {
    if (child.get(ReportFields.DOC_TYPE) == null) {
      child.add(
          new StringField(ReportFields.DOC_TYPE, ReportFields.DOC_TYPE_CHILD, Field.Store.NO));
    }
    child.add(new StringField(ReportFields.REPORT_ID, reportId, Field.Store.NO));
    return child;
  }
}
