package dev.signaldesk.indexer.index;

import dev.signaldesk.config.IndexConfig;
import dev.signaldesk.indexer.analysis.IndexAnalyzer;
import dev.signaldesk.indexer.analysis.QueryAnalyzer;
import dev.signaldesk.indexer.schema.FieldContributor;
import dev.signaldesk.indexer.schema.ReportDocuments;
import dev.signaldesk.indexer.schema.ReportFields;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportSink;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report index on disk: the {@link ReportSink} the crawlers and importers write to, and the
 * searcher source for search and aggregation.
 *
 * <p>Writes go through one {@link IndexWriter}; {@link #upsert} replaces a report's whole block
 * (children and report) atomically and is visible to searches after the next refresh (every {@link
 * IndexConfig#refreshInterval()}, or {@link #refresh()}), durable after {@link #commit()}. Until
 * the commit, the reports are also kept in a pending map, which is what makes {@link #contains} and
 * {@link #get} see them at once and what tells commit listeners which reports are new. The map is
 * swapped out under a write lock after a refresh, so an upsert racing with a commit is judged
 * against a searcher that already sees the previous batch.
 */
public final class ReportIndex implements ReportSink, Closeable {

  private static final Logger LOG = LoggerFactory.getLogger(ReportIndex.class);

  private final Path directoryPath;
  private final IndexConfig config;
  private final Directory directory;
  private final IndexWriter writer; // null when read-only
  private final SearcherManager searcherManager;
  private final FacetsConfig facetsConfig;
  private final IndexAnalyzer indexAnalyzer = new IndexAnalyzer();
  private final QueryAnalyzer queryAnalyzer;
  private final List<CommitListener> commitListeners = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService refresher;
  private final ReadWriteLock batchLock = new ReentrantReadWriteLock();
  private final Object commitLock = new Object();
  private final PendingReports pending = new PendingReports(); // drained under batchLock
  private final ReportBlocks blocks;
  private volatile FacetStateHolder facetState;
  private volatile boolean closed;

  private record FacetStateHolder(IndexReader reader, SortedSetDocValuesReaderState state) {}

  private ReportIndex(
      Path directoryPath,
      IndexConfig config,
      Directory directory,
      IndexWriter writer,
      SearcherManager searcherManager,
      List<FieldContributor> contributors,
      FacetsConfig facetsConfig) {
    this.directoryPath = directoryPath;
    this.config = config;
    this.directory = directory;
    this.writer = writer;
    this.searcherManager = searcherManager;
    this.facetsConfig = facetsConfig;
    this.blocks = new ReportBlocks(contributors, facetsConfig, indexAnalyzer);
    this.queryAnalyzer = new QueryAnalyzer(config.synonyms());
    this.refresher = startRefresher(config);
  }

  /**
   * Opens (or creates) the index for writing.
   *
   * @throws IndexLockedException if another writer holds the directory
   * @throws IndexException if the directory cannot be used
   */
  public static ReportIndex open(Path dir, IndexConfig cfg, List<FieldContributor> contributors) {
    FacetsConfig facets = facetsConfig(contributors);
    Directory directory = null;
    try {
      Files.createDirectories(dir);
      directory = FSDirectory.open(dir);
      IndexWriter writer = new IndexWriter(directory, writerConfig(cfg));
      SearcherManager manager = new SearcherManager(writer, new SearcherFactory());
      return new ReportIndex(dir, cfg, directory, writer, manager, contributors, facets);
    } catch (LockObtainFailedException e) {
      closeQuietly(directory);
      throw new IndexLockedException(dir);
    } catch (IOException e) {
      closeQuietly(directory);
      throw new IndexException("Cannot open the index at " + dir + ": " + e.getMessage(), dir, e);
    }
  }

  /**
   * Opens an existing index for reading only, e.g. for CLI queries while a server holds the writer.
   * {@link #refresh()} picks up the writer's later commits; writes throw.
   *
   * @throws IndexException if there is no index at {@code dir} or it cannot be read
   */
  public static ReportIndex openReadOnly(Path dir, IndexConfig cfg) {
    return openReadOnly(dir, cfg, List.of());
  }

  /**
   * As {@link #openReadOnly(Path, IndexConfig)}, with the contributors' facet configuration
   * (hierarchical or multi-valued dimensions); the contributors are not otherwise called.
   */
  public static ReportIndex openReadOnly(
      Path dir, IndexConfig cfg, List<FieldContributor> contributors) {
    FacetsConfig facets = facetsConfig(contributors);
    Directory directory = null;
    try {
      directory = FSDirectory.open(dir);
      SearcherManager manager =
          new SearcherManager(DirectoryReader.open(directory), new SearcherFactory());
      return new ReportIndex(dir, cfg, directory, null, manager, List.of(), facets);
    } catch (IndexNotFoundException e) {
      closeQuietly(directory);
      throw new IndexException("There is no index at " + dir, dir, e);
    } catch (IOException e) {
      closeQuietly(directory);
      throw new IndexException("Cannot read the index at " + dir + ": " + e.getMessage(), dir, e);
    }
  }

  /** All IndexWriter tuning lives here. */
  private static IndexWriterConfig writerConfig(IndexConfig cfg) {
    IndexWriterConfig iwc = new IndexWriterConfig(new IndexAnalyzer());
    iwc.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    iwc.setRAMBufferSizeMB(cfg.ramBufferMb());
    // Durability is explicit: ReportSink.commit() is the only point after which data must survive.
    iwc.setCommitOnClose(false);
    return iwc;
  }

  private static FacetsConfig facetsConfig(List<FieldContributor> contributors) {
    FacetsConfig facets = new FacetsConfig();
    for (FieldContributor c : contributors) {
      c.configure(facets);
    }
    return facets;
  }

  private ScheduledExecutorService startRefresher(IndexConfig cfg) {
    long millis = Math.max(1, cfg.refreshInterval().toMillis());
    ScheduledExecutorService executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "signaldesk-index-refresh");
              t.setDaemon(true);
              return t;
            });
    executor.scheduleWithFixedDelay(this::backgroundRefresh, millis, millis, TimeUnit.MILLISECONDS);
    return executor;
  }

  private void backgroundRefresh() {
    try {
      searcherManager.maybeRefresh();
    } catch (IOException | RuntimeException e) {
      // Keep the schedule alive: the next refresh may well succeed, and searches keep working on
      // the previous searcher meanwhile.
      LOG.warn("Refreshing the index searcher at {} failed: {}", directoryPath, e.toString());
    }
  }

  @Override
  public void upsert(Report report) {
    requireWritable();
    batchLock.readLock().lock();
    try {
      // One searcher for both the "is it new" lookup and the contributors (story lookups).
      Prepared prepared =
          withSearcher(
              searcher ->
                  new Prepared(
                      !pending.contains(report.id()) && !isStored(searcher, report.id()),
                      blocks.build(report, searcher)));
      List<Document> block = prepared.block();
      writer.updateDocuments(new Term(ReportFields.REPORT_ID, report.id()), block);
      pending.record(report, block.get(block.size() - 1), prepared.isNew());
    } catch (IOException e) {
      throw new IndexException(
          "Cannot index report " + report.id() + ": " + e.getMessage(), directoryPath, e);
    } finally {
      batchLock.readLock().unlock();
    }
  }

  private record Prepared(boolean isNew, List<Document> block) {}

  /**
   * The documents {@link #upsert} would index for the report, without indexing them: contributed
   * children first, the report's own document last, facets built. Contributors see the current
   * searcher.
   */
  public List<Document> buildDocuments(Report report) {
    return withSearcher(searcher -> blocks.build(report, searcher));
  }

  @Override
  public boolean contains(String id) {
    if (pending.contains(id)) {
      return true;
    }
    return withSearcher(searcher -> isStored(searcher, id));
  }

  /**
   * Whether a live report document with this id is in the searcher's view. A term lookup per
   * segment rather than a query: this runs before every upsert, and a query's weight, scorer and
   * collector cost more than the lookup itself.
   */
  private static boolean isStored(IndexSearcher searcher, String id) throws IOException {
    BytesRef term = new BytesRef(id);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(ReportFields.ID);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (!te.seekExact(term)) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      PostingsEnum docs = te.postings(null, PostingsEnum.NONE);
      for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
        if (live == null || live.get(d)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The stored report, including upserts not yet committed or refreshed. */
  public Optional<Report> get(String id) {
    Optional<Report> uncommitted = pending.get(id);
    if (uncommitted.isPresent()) {
      return uncommitted;
    }
    return withSearcher(
        searcher -> {
          TopDocs top = searcher.search(idQuery(id), 1);
          if (top.scoreDocs.length == 0) {
            return Optional.empty();
          }
          Document doc = searcher.storedFields().document(top.scoreDocs[0].doc);
          return Optional.of(ReportDocuments.toReport(doc));
        });
  }

  /** Number of reports (children not counted), after a refresh. */
  public long count() {
    refresh();
    return withSearcher(searcher -> (long) searcher.count(reportsOnly()));
  }

  @Override
  public void commit() {
    requireWritable();
    synchronized (commitLock) {
      PendingReports.Batch batch;
      batchLock.writeLock().lock();
      try {
        // Refresh first, so that upserts after the drain see this batch in the searcher.
        searcherManager.maybeRefreshBlocking();
        batch = pending.drain();
      } catch (IOException e) {
        throw new IndexException("Cannot refresh the index: " + e.getMessage(), directoryPath, e);
      } finally {
        batchLock.writeLock().unlock();
      }
      try {
        writer.commit();
      } catch (IOException | RuntimeException e) {
        pending.restore(batch);
        throw new IndexException(
            "Commit failed at " + directoryPath + ": " + e.getMessage(), directoryPath, e);
      }
      notifyListeners(batch.newIndexed());
    }
  }

  private void notifyListeners(List<IndexedReport> newReports) {
    if (newReports.isEmpty()) {
      return;
    }
    for (CommitListener listener : commitListeners) {
      try {
        listener.committedIndexed(newReports);
      } catch (RuntimeException e) {
        // The commit itself succeeded; one failing listener must not starve the others.
        LOG.error("Commit listener {} failed", listener.getClass().getName(), e);
      }
    }
  }

  /** Makes every upsert so far visible to searches now, instead of at the next timed refresh. */
  public void refresh() {
    try {
      searcherManager.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new IndexException("Cannot refresh the index: " + e.getMessage(), directoryPath, e);
    }
  }

  public void addCommitListener(CommitListener listener) {
    commitListeners.add(listener);
  }

  /** The near-real-time searcher manager; acquire and release searchers in pairs. */
  public SearcherManager searcherManager() {
    return searcherManager;
  }

  /** Runs {@code fn} with an acquired searcher and releases it afterwards. */
  public <T> T withSearcher(SearcherFunction<T> fn) {
    try {
      IndexSearcher searcher = searcherManager.acquire();
      try {
        return fn.apply(searcher);
      } finally {
        searcherManager.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Reading the index at " + directoryPath + " failed", e);
    }
  }

  /**
   * Facet state for the given searcher's reader, cached until the reader changes; empty while no
   * document has facets.
   */
  public Optional<SortedSetDocValuesReaderState> facetState(IndexSearcher searcher)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    FacetStateHolder holder = facetState;
    if (holder != null && holder.reader() == reader) {
      return Optional.of(holder.state());
    }
    if (FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME)
        == null) {
      return Optional.empty();
    }
    SortedSetDocValuesReaderState state =
        new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
    facetState = new FacetStateHolder(reader, state);
    return Optional.of(state);
  }

  /** Query for the report documents only (no children). */
  public static TermQuery reportsOnly() {
    return new TermQuery(new Term(ReportFields.DOC_TYPE, ReportFields.DOC_TYPE_REPORT));
  }

  private static TermQuery idQuery(String id) {
    return new TermQuery(new Term(ReportFields.ID, id));
  }

  public Analyzer indexAnalyzer() {
    return indexAnalyzer;
  }

  /** The query analyzer, with this index's synonyms. */
  public Analyzer queryAnalyzer() {
    return queryAnalyzer;
  }

  public FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  public IndexConfig config() {
    return config;
  }

  public Path directory() {
    return directoryPath;
  }

  public boolean isReadOnly() {
    return writer == null;
  }

  private void requireWritable() {
    if (writer == null) {
      throw new IllegalStateException("The index at " + directoryPath + " is open read-only");
    }
    if (closed) {
      throw new IllegalStateException("The index at " + directoryPath + " is closed");
    }
  }

  /** Commits what is pending (telling the listeners), then releases the index. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    try {
      if (writer != null) {
        commit();
      }
    } finally {
      closed = true;
      refresher.shutdownNow();
      try {
        searcherManager.close();
      } finally {
        try {
          if (writer != null) {
            writer.close();
          }
        } finally {
          directory.close();
          indexAnalyzer.close();
          queryAnalyzer.close();
        }
      }
    }
  }

  private static void closeQuietly(Directory directory) {
    if (directory != null) {
      try {
        directory.close();
      } catch (IOException e) {
        LOG.debug("Closing {} after a failed open failed too", directory, e);
      }
    }
  }
}
