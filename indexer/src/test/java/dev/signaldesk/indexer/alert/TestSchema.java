package dev.signaldesk.indexer.alert;

import dev.signaldesk.model.Provenance;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportKind;
import java.time.Instant;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A small schema for testing the matcher's mechanics on its own: a text field, keyword fields for
 * the filters and an optional story field. The production wiring uses the index's schema.
 */
final class TestSchema implements AlertDocumentBuilder, AlertQueryCompiler {
  final Analyzer analyzer = new StandardAnalyzer();

  @Override
  public Document build(Report r) {
    if (r.text().contains("POISON")) {
      throw new IllegalStateException("cannot convert " + r.id());
    }
    Document d = new Document();
    d.add(new StringField("id", r.id(), Field.Store.YES));
    d.add(new StringField("source", r.sourceId(), Field.Store.NO));
    d.add(new StringField("kind", r.kind().name(), Field.Store.NO));
    d.add(new TextField("text", r.title() + "\n" + r.text(), Field.Store.NO));
    if (r.author() != null && r.author().startsWith("story-")) {
      d.add(new StringField("story", r.author(), Field.Store.NO));
    }
    return d;
  }

  @Override
  public Query compile(SavedQuerySpec spec) {
    Query text;
    try {
      text = new QueryParser("text", analyzer).parse(spec.query());
    } catch (ParseException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
    if (!spec.filters().sources().isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      spec.filters()
          .sources()
          .forEach(s -> any.add(new TermQuery(new Term("source", s)), BooleanClause.Occur.SHOULD));
      b.add(any.build(), BooleanClause.Occur.FILTER);
    }
    if (spec.filters().kind() != null) {
      b.add(
          new TermQuery(new Term("kind", spec.filters().kind().name())),
          BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  static Report news(String id, String source, String title, String text) {
    return report(id, source, ReportKind.NEWS, title, text, null);
  }

  static Report report(
      String id, String source, ReportKind kind, String title, String text, String author) {
    Instant t = Instant.parse("2026-11-27T08:00:00Z");
    return new Report(
        id,
        source,
        kind,
        "https://example.org/" + id,
        "https://example.org/" + id,
        title,
        text,
        author,
        "en",
        t,
        t,
        null,
        Provenance.demo("test"),
        null);
  }
}
