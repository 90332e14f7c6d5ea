package dev.signaldesk.bench.scenario;

import dev.signaldesk.model.Report;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;

/**
 * The ingest baseline: the same texts indexed by plain Lucene with {@link StandardAnalyzer}, an id,
 * a stored title and a stored body, no enrichment and no extraction. The RAM buffer matches the
 * SignalDesk index's, so the ratio measures what SignalDesk adds, not a tuning difference.
 */
final class RawLuceneBaseline implements Closeable {
  private final FSDirectory directory;
  private final IndexWriter writer;

  RawLuceneBaseline(Path dir, int ramBufferMb) throws IOException {
    this(dir, ramBufferMb, false);
  }

  /** With {@code append}, continues the index an interrupted build left (updates are by id). */
  RawLuceneBaseline(Path dir, int ramBufferMb, boolean append) throws IOException {
    directory = FSDirectory.open(dir);
    IndexWriterConfig iwc = new IndexWriterConfig(new StandardAnalyzer());
    iwc.setOpenMode(
        append ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE);
    iwc.setRAMBufferSizeMB(ramBufferMb);
    writer = new IndexWriter(directory, iwc);
  }

  void add(Report report) throws IOException {
    Document doc = new Document();
    doc.add(new StringField("id", report.id(), Field.Store.YES));
    doc.add(new TextField("title", report.title() == null ? "" : report.title(), Field.Store.YES));
    doc.add(new TextField("text", report.text(), Field.Store.YES));
    writer.updateDocument(new Term("id", report.id()), doc);
  }

  void commit() throws IOException {
    writer.commit();
  }

  @Override
  public void close() throws IOException {
    try {
      writer.close();
    } finally {
      directory.close();
    }
  }
}
