package dev.signaldesk.indexer.schema;

import dev.signaldesk.indexer.analysis.AnalysedText;
import dev.signaldesk.model.Report;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

/**
 * Maps a {@link Report} to its Lucene document and back.
 *
 * <p>Field choices: keywords that are filtered, sorted or faceted on ({@code id}, {@code source},
 * {@code kind}, {@code language}) are {@link KeywordField}s, which add doc values; exact-lookup
 * keywords are plain {@link StringField}s; {@code published_at} is a {@link LongField} (points for
 * ranges, doc values for sorting); {@code title} and {@code text} are analysed and keep offsets in
 * the postings so that the highlighter need not re-analyse them; {@code all} holds the tokens of
 * both for free-text queries. Each text is analysed once and its tokens replayed into both of its
 * fields ({@link AnalysedText}). The whole report is also stored as JSON, which makes {@link
 * #toReport} an exact round trip without a stored field per property.
 */
public final class ReportDocuments {

  /** Stored, analysed text with offsets in the postings. */
  static final FieldType STORED_TEXT_WITH_OFFSETS = textWithOffsets(TextField.TYPE_STORED);

  /** The same, indexed from a token stream (such fields cannot be stored; a StoredField is). */
  static final FieldType INDEXED_TEXT_WITH_OFFSETS = textWithOffsets(TextField.TYPE_NOT_STORED);

  /** Keyword values longer than this are stored (in the JSON) but not indexed. */
  static final int MAX_KEYWORD_CHARS = 2048;

  private ReportDocuments() {}

  /**
   * The report's own document, with {@code doc_type} and {@code report_id} and its facet fields
   * (still to be built with {@code FacetsConfig.build}). Title and body are left to the consumer's
   * analyzer, which analyses the body twice ({@code text} and {@code all}); the index uses {@link
   * #toDocument(Report, Analyzer)} instead.
   */
  public static Document toDocument(Report r) {
    Document doc = keywordsAndValues(r);
    String title = r.title() == null ? "" : r.title();
    doc.add(new Field(ReportFields.TITLE, title, STORED_TEXT_WITH_OFFSETS));
    doc.add(new Field(ReportFields.TEXT, r.text(), STORED_TEXT_WITH_OFFSETS));
    doc.add(new TextField(ReportFields.ALL, title, Field.Store.NO));
    doc.add(new TextField(ReportFields.ALL, r.text(), Field.Store.NO));
    return doc;
  }

  /**
   * As {@link #toDocument(Report)}, with the same terms, positions and offsets, but title and body
   * are analysed here once each with {@code analyzer} (the index analyzer) and their tokens
   * replayed into {@code title}/{@code text} and {@code all}: half the analysis of the other form.
   * The document's text fields carry their own token streams, so it may be indexed with any
   * analyzer.
   */
  public static Document toDocument(Report r, Analyzer analyzer) {
    Document doc = keywordsAndValues(r);
    String title = r.title() == null ? "" : r.title();
    AnalysedText titleTokens = AnalysedText.of(analyzer, ReportFields.TITLE, title);
    AnalysedText textTokens = AnalysedText.of(analyzer, ReportFields.TEXT, r.text());
    doc.add(new StoredField(ReportFields.TITLE, title));
    doc.add(new Field(ReportFields.TITLE, titleTokens.tokenStream(), INDEXED_TEXT_WITH_OFFSETS));
    doc.add(new StoredField(ReportFields.TEXT, r.text()));
    doc.add(new Field(ReportFields.TEXT, textTokens.tokenStream(), INDEXED_TEXT_WITH_OFFSETS));
    doc.add(new TextField(ReportFields.ALL, titleTokens.tokenStream()));
    doc.add(new TextField(ReportFields.ALL, textTokens.tokenStream()));
    return doc;
  }

  /** Everything but the analysed title and body. */
  private static Document keywordsAndValues(Report r) {
    Document doc = new Document();
    doc.add(new StringField(ReportFields.DOC_TYPE, ReportFields.DOC_TYPE_REPORT, Field.Store.NO));
    doc.add(new StringField(ReportFields.REPORT_ID, r.id(), Field.Store.NO));
    doc.add(new KeywordField(ReportFields.ID, r.id(), Field.Store.YES));
    doc.add(new KeywordField(ReportFields.SOURCE, r.sourceId(), Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(ReportFields.SOURCE, r.sourceId()));
    doc.add(new KeywordField(ReportFields.KIND, r.kind().name(), Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(ReportFields.KIND, r.kind().name()));
    if (r.language() != null && !r.language().isBlank()) {
      String language = r.language().toLowerCase(Locale.ROOT);
      doc.add(new KeywordField(ReportFields.LANGUAGE, language, Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(ReportFields.LANGUAGE, language));
    }
    if (r.publishedAt() != null) {
      doc.add(
          new LongField(
              ReportFields.PUBLISHED_AT, r.publishedAt().toEpochMilli(), Field.Store.YES));
    }
    addKeyword(doc, ReportFields.URL, r.url(), Field.Store.YES);
    addKeyword(doc, ReportFields.CANONICAL_URL, r.canonicalUrl(), Field.Store.NO);
    addKeyword(doc, ReportFields.AUTHOR, r.author(), Field.Store.NO);
    addKeyword(doc, ReportFields.CONTENT_SHA256, r.contentSha256(), Field.Store.NO);
    if (r.provenance() != null && r.provenance().origin() != null) {
      addKeyword(doc, ReportFields.ORIGIN, r.provenance().origin().name(), Field.Store.NO);
    }
    if (r.chat() != null) {
      addKeyword(doc, ReportFields.CHAT_GROUP, r.chat().group(), Field.Store.NO);
      addKeyword(doc, ReportFields.CHAT_OFFER, r.chat().offer(), Field.Store.NO);
    }
    doc.add(new StoredField(ReportFields.REPORT_JSON, ReportJson.write(r)));
    return doc;
  }

  /** The report stored in a document made by {@link #toDocument}. */
  public static Report toReport(Document doc) {
    String json = doc.get(ReportFields.REPORT_JSON);
    if (json == null) {
      throw new IllegalArgumentException("The document has no stored report JSON");
    }
    return ReportJson.read(json);
  }

  private static void addKeyword(Document doc, String field, String value, Field.Store store) {
    // An over-long value (a data: URL, a pasted blob as a group name) is not worth a keyword and
    // could exceed Lucene's term limit; the stored JSON still keeps it in full.
    if (value != null && !value.isEmpty() && value.length() <= MAX_KEYWORD_CHARS) {
      doc.add(new StringField(field, value, store));
    }
  }

  private static FieldType textWithOffsets(FieldType base) {
    FieldType type = new FieldType(base);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
