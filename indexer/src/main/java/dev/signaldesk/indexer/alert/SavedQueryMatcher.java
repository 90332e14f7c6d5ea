package dev.signaldesk.indexer.alert;

import dev.signaldesk.indexer.index.IndexedReport;
import dev.signaldesk.model.Report;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 * rebuilt from there with {@link #replaceAll} at start-up. Queries are registered in their matching
 * form ({@link MatchQueries}) and documents are pruned to the fields some registered query reads
 * ({@link MatchedFields}) before the monitor analyses them. Thread-safe.
 *
 * <p>With more than one thread, a call's reports are cut into up to that many sub-batches (each at
 * most the batch size) matched in parallel on the matcher's own pool ({@link Monitor#match} is
 * thread-safe); the sub-batches' results are appended in report order, so the matches are exactly
 * those, in the same order, that one thread records. The pool is shut down by {@link #close}.
 */
public final class SavedQueryMatcher implements Closeable {

  /**
   * Reports matched per {@link Monitor#match} call unless told otherwise. Each candidate query
   * costs a fixed set-up per call (rewrite, weight, a term lookup per term), so larger batches
   * spread it over more reports; the batch's in-memory index grows with it (a few MB at this size).
   */
  public static final int DEFAULT_BATCH_SIZE = 512;

  /**
   * Fewest reports a call is cut down to for sharing among threads: every sub-batch pays the
   * per-query set-up again, so splitting a small call costs more CPU than it saves (64 reports
   * against 1k queries on a loaded 2-core machine: 250 docs/s whole, 130 split in two).
   */
  static final int MIN_SUB_BATCH = 64;

  private final Monitor monitor;
  private final AlertQueryCompiler compiler;
  private final AlertDocumentBuilder documents;
  private final String storyField;
  private final int batchSize;
  private final MatchedFields fields = new MatchedFields();
  private final Set<Query> alwaysTrue;
  private final int threads;
  private final ExecutorService pool;
  private static final AtomicInteger POOLS = new AtomicInteger();

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
    this(analyzer, compiler, documents, storyField, batchSize, 1);
  }

  /**
   * As the five-argument constructor, matching a call's sub-batches on {@code threads} threads.
   *
   * @param threads sub-batches matched at once (at least 1; 1 matches on the caller's thread and
   *     starts no pool)
   */
  public SavedQueryMatcher(
      Analyzer analyzer,
      AlertQueryCompiler compiler,
      AlertDocumentBuilder documents,
      String storyField,
      int batchSize,
      int threads) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("The 'batchSize' parameter must be at least 1.");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("The 'threads' parameter must be at least 1.");
    }
    this.threads = threads;
    this.compiler = Objects.requireNonNull(compiler, "The 'compiler' parameter must not be null.");
    this.documents =
        Objects.requireNonNull(documents, "The 'documents' parameter must not be null.");
    this.storyField = storyField;
    this.batchSize = batchSize;
    // Only report documents are ever matched, so "is a report" filters cannot reject anything.
    this.alwaysTrue = Set.of(dev.signaldesk.indexer.index.ReportIndex.reportsOnly());
    try {
      this.monitor = new Monitor(analyzer, AlertPresearcher.create());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the in-memory query index", e);
    }
    this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, threadFactory());
  }

  private static ThreadFactory threadFactory() {
    int poolId = POOLS.incrementAndGet();
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "alert-match-" + poolId + "-" + n.incrementAndGet());
      // Daemon: a matcher that is never closed must not keep the JVM alive.
      t.setDaemon(true);
      return t;
    };
  }

  /**
   * Compiles and registers the saved query, replacing an earlier version with the same id.
   *
   * @throws IllegalArgumentException when the query does not compile (the old version, if any,
   *     stays registered)
   */
  public void register(SavedQuerySpec spec) {
    Query query = matchQuery(spec);
    fields.widen(spec.id(), query);
    try {
      monitor.register(new MonitorQuery(spec.id(), query, spec.query(), Map.of()));
    } catch (IOException e) {
      // The widened fields stay: a superset only costs a little analysis.
      throw new UncheckedIOException("cannot register saved query " + spec.id(), e);
    }
    fields.put(spec.id(), query);
  }

  /** Forgets the saved query; unknown ids are ignored. */
  public void remove(String savedQueryId) {
    try {
      monitor.deleteById(savedQueryId);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove saved query " + savedQueryId, e);
    }
    fields.remove(savedQueryId);
  }

  /**
   * Replaces every registered query with {@code specs} (start-up rebuild from the database), in one
   * update of the query index.
   *
   * @return the saved queries that failed to compile; all others are registered
   */
  public List<MatchBatch.MatchError> replaceAll(Collection<SavedQuerySpec> specs) {
    List<MatchBatch.MatchError> errors = new ArrayList<>();
    Map<String, Query> queries = new LinkedHashMap<>();
    List<MonitorQuery> monitorQueries = new ArrayList<>();
    for (SavedQuerySpec spec : specs) {
      try {
        Query query = matchQuery(spec);
        queries.put(spec.id(), query);
        monitorQueries.add(new MonitorQuery(spec.id(), query, spec.query(), Map.of()));
      } catch (RuntimeException e) {
        errors.add(new MatchBatch.MatchError(spec.id(), null, messageOf(e)));
      }
    }
    queries.forEach(fields::widen);
    try {
      monitor.clear();
      monitor.register(monitorQueries);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rebuild the query index", e);
    }
    fields.reset(queries);
    return errors;
  }

  private Query matchQuery(SavedQuerySpec spec) {
    return MatchQueries.forMatching(compiler.compile(spec), alwaysTrue);
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
   * Matches the reports against every registered saved query, {@code batchSize} at a time, building
   * their documents first. A report that cannot be converted, or a query that fails on a batch, is
   * reported in {@link MatchBatch#errors()}; everything else still matches.
   */
  public MatchBatch match(List<Report> reports) {
    List<MatchBatch.MatchError> errors = new ArrayList<>();
    List<IndexedReport> built = new ArrayList<>(reports.size());
    for (Report report : reports) {
      try {
        built.add(new IndexedReport(report, documents.build(report)));
      } catch (RuntimeException e) {
        errors.add(new MatchBatch.MatchError(null, report.id(), messageOf(e)));
      }
    }
    return matchIndexed(built, errors);
  }

  /**
   * As {@link #match}, for reports whose documents the index already built (a commit's new
   * reports): nothing is analysed or enriched a second time except by the monitor itself.
   */
  public MatchBatch matchIndexed(List<IndexedReport> reports) {
    return matchIndexed(reports, new ArrayList<>());
  }

  private MatchBatch matchIndexed(List<IndexedReport> reports, List<MatchBatch.MatchError> errors) {
    List<AlertMatch> matches = new ArrayList<>();
    if (reports.isEmpty()) {
      return new MatchBatch(matches, errors);
    }
    MatchedFields.Selection selection = fields.selection();
    List<List<IndexedReport>> subBatches = split(reports);
    if (pool == null || subBatches.size() == 1) {
      for (List<IndexedReport> sub : subBatches) {
        matchBatch(sub, selection, matches, errors);
      }
      return new MatchBatch(matches, errors);
    }
    List<Future<MatchBatch>> pending = new ArrayList<>(subBatches.size());
    for (List<IndexedReport> sub : subBatches) {
      pending.add(pool.submit(() -> matchBatch(sub, selection)));
    }
    // Merged in submission (= report) order, whatever order the sub-batches finish in.
    for (int i = 0; i < pending.size(); i++) {
      try {
        MatchBatch part = pending.get(i).get();
        matches.addAll(part.matches());
        errors.addAll(part.errors());
      } catch (ExecutionException e) {
        // matchBatch turns failures into errors; this is an Error or a bug: keep the others.
        failAll(subBatches.get(i), e.getCause() instanceof Exception x ? x : e, errors);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        pending.forEach(f -> f.cancel(true));
        throw new IllegalStateException("interrupted while matching saved queries", e);
      }
    }
    return new MatchBatch(matches, errors);
  }

  /**
   * Cuts the reports into consecutive sub-batches of at most {@code batchSize}; with several
   * threads, into one per thread when that leaves each at least {@link #MIN_SUB_BATCH} reports.
   */
  private List<List<IndexedReport>> split(List<IndexedReport> reports) {
    int perThread = (reports.size() + threads - 1) / threads;
    int size = Math.min(batchSize, Math.max(MIN_SUB_BATCH, perThread));
    List<List<IndexedReport>> parts = new ArrayList<>();
    for (int from = 0; from < reports.size(); from += size) {
      parts.add(reports.subList(from, Math.min(reports.size(), from + size)));
    }
    return parts;
  }

  private MatchBatch matchBatch(List<IndexedReport> reports, MatchedFields.Selection selection) {
    List<AlertMatch> matches = new ArrayList<>();
    List<MatchBatch.MatchError> errors = new ArrayList<>();
    matchBatch(reports, selection, matches, errors);
    return new MatchBatch(matches, errors);
  }

  private static void failAll(
      List<IndexedReport> reports, Exception e, List<MatchBatch.MatchError> errors) {
    for (IndexedReport r : reports) {
      errors.add(new MatchBatch.MatchError(null, r.report().id(), messageOf(e)));
    }
  }

  private void matchBatch(
      List<IndexedReport> reports,
      MatchedFields.Selection selection,
      List<AlertMatch> matches,
      List<MatchBatch.MatchError> errors) {
    Document[] docs = new Document[reports.size()];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = selection.prune(reports.get(i).document());
    }
    MultiMatchingQueries<QueryMatch> result;
    try {
      result = monitor.match(docs, BatchQueryEvaluator.FACTORY);
    } catch (IOException | RuntimeException e) {
      failAll(reports, e, errors);
      return;
    }
    result
        .getErrors()
        .forEach(
            (queryId, e) -> errors.add(new MatchBatch.MatchError(queryId, null, messageOf(e))));
    for (int i = 0; i < docs.length; i++) {
      Collection<QueryMatch> hits = result.getMatches(i);
      if (hits == null) {
        continue;
      }
      IndexedReport indexed = reports.get(i);
      String key = dedupKey(indexed);
      // Sorted so that the order of recorded matches does not depend on hash order.
      hits.stream()
          .map(QueryMatch::getQueryId)
          .sorted()
          .forEach(id -> matches.add(new AlertMatch(id, key, indexed.report())));
    }
  }

  private String dedupKey(IndexedReport indexed) {
    String story = storyField == null ? null : indexed.document().get(storyField);
    return story == null || story.isBlank() ? "doc:" + indexed.report().id() : "story:" + story;
  }

  private static String messageOf(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** True once the matching pool (if any) has stopped: after {@link #close}. For tests. */
  boolean poolTerminated() {
    return pool == null || pool.isTerminated();
  }

  /** Stops the matching pool, letting sub-batches already running finish, then the monitor. */
  @Override
  public void close() {
    if (pool != null) {
      pool.shutdown();
      try {
        if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
          pool.shutdownNow();
        }
      } catch (InterruptedException e) {
        pool.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
    try {
      monitor.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
