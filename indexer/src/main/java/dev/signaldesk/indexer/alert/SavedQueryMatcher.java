package dev.signaldesk.indexer.alert;

import dev.signaldesk.model.Report;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultiMatchingQueries;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.Query;

/**
 * Matches new reports against every registered saved query with a Lucene {@link Monitor}.
 *
 * <p>The query index is in memory: it is a cache of the saved queries held in the database and is
 * rebuilt from there with {@link #replaceAll} at start-up. Thread-safe.
 */
public final class SavedQueryMatcher implements Closeable {

  /** Reports matched per {@link Monitor#match} call unless told otherwise. */
  public static final int DEFAULT_BATCH_SIZE = 64;

  private final Monitor monitor;
  private final AlertQueryCompiler compiler;
  private final AlertDocumentBuilder documents;
  private final String storyField;
  private final int batchSize;

  /**
   * @param analyzer the index's (per-field) analyzer, so documents are tokenised as in the index
   * @param compiler turns saved queries into Lucene queries, as the search does
   * @param documents builds documents as the index does
   * @param storyField the document field that carries a story id (reposts of one piece), or null
   *     when the schema has none; matches then de-duplicate per document
   * @param batchSize reports per monitor call (at least 1)
   */
  public SavedQueryMatcher(
      Analyzer analyzer,
      AlertQueryCompiler compiler,
      AlertDocumentBuilder documents,
      String storyField,
      int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("The 'batchSize' parameter must be at least 1.");
    }
    this.compiler = Objects.requireNonNull(compiler, "The 'compiler' parameter must not be null.");
    this.documents =
        Objects.requireNonNull(documents, "The 'documents' parameter must not be null.");
    this.storyField = storyField;
    this.batchSize = batchSize;
    try {
      this.monitor = new Monitor(analyzer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the in-memory query index", e);
    }
  }

  /**
   * Compiles and registers the saved query, replacing an earlier version with the same id.
   *
   * @throws IllegalArgumentException when the query does not compile (the old version, if any,
   *     stays registered)
   */
  public void register(SavedQuerySpec spec) {
    Query query = compiler.compile(spec);
    try {
      monitor.register(new MonitorQuery(spec.id(), query, spec.query(), Map.of()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot register saved query " + spec.id(), e);
    }
  }

  /** Forgets the saved query; unknown ids are ignored. */
  public void remove(String savedQueryId) {
    try {
      monitor.deleteById(savedQueryId);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove saved query " + savedQueryId, e);
    }
  }

  /**
   * Replaces every registered query with {@code specs} (start-up rebuild from the database).
   *
   * @return the saved queries that failed to compile; all others are registered
   */
  public List<MatchBatch.MatchError> replaceAll(Collection<SavedQuerySpec> specs) {
    List<MatchBatch.MatchError> errors = new ArrayList<>();
    List<MonitorQuery> queries = new ArrayList<>();
    for (SavedQuerySpec spec : specs) {
      try {
        queries.add(new MonitorQuery(spec.id(), compiler.compile(spec), spec.query(), Map.of()));
      } catch (RuntimeException e) {
        errors.add(new MatchBatch.MatchError(spec.id(), null, messageOf(e)));
      }
    }
    try {
      monitor.clear();
      monitor.register(queries);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rebuild the query index", e);
    }
    return errors;
  }

  /** Number of registered saved queries. */
  public int size() {
    try {
      return monitor.getQueryCount();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Matches the reports against every registered saved query, {@code batchSize} at a time. A report
   * that cannot be converted, or a query that fails on a batch, is reported in {@link
   * MatchBatch#errors()}; everything else still matches.
   */
  public MatchBatch match(List<Report> reports) {
    List<AlertMatch> matches = new ArrayList<>();
    List<MatchBatch.MatchError> errors = new ArrayList<>();
    List<Report> batchReports = new ArrayList<>();
    List<Document> batchDocs = new ArrayList<>();
    for (Report report : reports) {
      try {
        batchDocs.add(documents.build(report));
        batchReports.add(report);
      } catch (RuntimeException e) {
        errors.add(new MatchBatch.MatchError(null, report.id(), messageOf(e)));
      }
      if (batchDocs.size() == batchSize) {
        matchBatch(batchReports, batchDocs, matches, errors);
        batchReports.clear();
        batchDocs.clear();
      }
    }
    if (!batchDocs.isEmpty()) {
      matchBatch(batchReports, batchDocs, matches, errors);
    }
    return new MatchBatch(matches, errors);
  }

  private void matchBatch(
      List<Report> reports,
      List<Document> docs,
      List<AlertMatch> matches,
      List<MatchBatch.MatchError> errors) {
    MultiMatchingQueries<QueryMatch> result;
    try {
      result = monitor.match(docs.toArray(new Document[0]), QueryMatch.SIMPLE_MATCHER);
    } catch (IOException | RuntimeException e) {
      for (Report r : reports) {
        errors.add(new MatchBatch.MatchError(null, r.id(), messageOf(e)));
      }
      return;
    }
    result
        .getErrors()
        .forEach(
            (queryId, e) -> errors.add(new MatchBatch.MatchError(queryId, null, messageOf(e))));
    for (int i = 0; i < docs.size(); i++) {
      Collection<QueryMatch> hits = result.getMatches(i);
      if (hits == null) {
        continue;
      }
      Report report = reports.get(i);
      String key = dedupKey(report, docs.get(i));
      // Sorted so that the order of recorded matches does not depend on hash order.
      hits.stream()
          .map(QueryMatch::getQueryId)
          .sorted()
          .forEach(id -> matches.add(new AlertMatch(id, key, report)));
    }
  }

  private String dedupKey(Report report, Document doc) {
    String story = storyField == null ? null : doc.get(storyField);
    return story == null || story.isBlank() ? "doc:" + report.id() : "story:" + story;
  }

  private static String messageOf(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  @Override
  public void close() {
    try {
      monitor.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
