package dev.signaldesk.indexer.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.indexer.TestReports;
import dev.signaldesk.indexer.analysis.IndexAnalyzer;
import dev.signaldesk.model.Report;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class ReportDocumentsTest {

  private static final List<String> ANALYSED = List.of("title", "text", "all");

  private final IndexAnalyzer analyzer = new IndexAnalyzer();

  @Test
  void analysingOnceIndexesTheSamePostingsAsAnalysingEachField() throws IOException {
    Report report =
        TestReports.news(
            "once",
            "36kr",
            "英伟达H100租金暴跌 Nvidia's rent falls",
            "某智算中心挂出8卡H100整机，报价210万元/台，可刀。Operators are dumping 4090D cards at"
                + " 75,000 yuan; 昇腾910B算力租赁价格跌至7.5元/卡时。",
            "2026-11-20");

    assertThat(postings(List.of(ReportDocuments.toDocument(report, analyzer))))
        .isEqualTo(postings(List.of(ReportDocuments.toDocument(report))))
        .contains("title|h100|0@1[3,7);|");
  }

  @Test
  void preAnalysedDocumentCanBeIndexedTwiceAndKeepsItsStoredText() throws IOException {
    Report report = TestReports.chat("GPU现货群", "卖家A", "出8卡H100整机，210w，可刀", "2026-11-20T08:00:00Z");
    Document doc = ReportDocuments.toDocument(report, analyzer);

    List<String> twice = postings(List.of(doc, doc));

    assertThat(twice).contains("text|h100|0@3[3,7);|1@3[3,7);|");
    assertThat(doc.get(ReportFields.TEXT)).isEqualTo("出8卡H100整机，210w，可刀");
    assertThat(doc.get(ReportFields.TITLE)).isEqualTo("GPU现货群");
  }

  /** Every term of the analysed fields with, per document, its positions and offsets. */
  private static List<String> postings(List<Document> docs) throws IOException {
    List<String> out = new ArrayList<>();
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new IndexAnalyzer()))) {
        for (Document d : docs) {
          w.addDocument(new FacetsConfig().build(d));
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        LeafReader leaf = reader.leaves().get(0).reader();
        for (String field : ANALYSED) {
          Terms terms = leaf.terms(field);
          TermsEnum te = terms.iterator();
          for (BytesRef t = te.next(); t != null; t = te.next()) {
            StringBuilder line = new StringBuilder(field + "|" + t.utf8ToString() + "|");
            PostingsEnum pe = te.postings(null, PostingsEnum.ALL);
            for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
              line.append(doc).append('@');
              for (int i = 0; i < pe.freq(); i++) {
                int pos = pe.nextPosition();
                line.append(pos);
                if (pe.startOffset() >= 0) {
                  line.append('[').append(pe.startOffset()).append(',');
                  line.append(pe.endOffset()).append(')');
                }
                line.append(';');
              }
              line.append('|');
            }
            out.add(line.toString());
          }
        }
      }
    }
    return out;
  }
}
