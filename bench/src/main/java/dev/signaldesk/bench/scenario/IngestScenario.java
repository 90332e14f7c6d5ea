package dev.signaldesk.bench.scenario;

import dev.signaldesk.bench.corpus.CorpusSpec;
import dev.signaldesk.bench.corpus.SyntheticCorpus;
import dev.signaldesk.bench.measure.LatencyRecorder;
import dev.signaldesk.bench.measure.Metric;
import dev.signaldesk.bench.measure.ScenarioResult;
import dev.signaldesk.crawler.extract.ArticleExtractor;
import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportKind;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Ingest: the full pipeline (article extraction from the page, signal enrichment, {@link
 * ReportIndex#upsert}, a commit every {@value #BATCH} reports) against raw Lucene indexing the same
 * texts. Both run on the profile's number of threads ({@link ParallelBatch}), interleaved batch by
 * batch in the same JVM, so a busy neighbour on the shared machine slows both alike. Only the
 * indexing is timed: each batch is generated (in parallel too) before either side sees it, and is
 * dropped after, so memory does not grow with the corpus. Leaves both indexes in place for the
 * later scenarios.
 *
 * <p>A build of a million documents outlasts a working session on a shared machine, so after both
 * sides have committed a batch an {@link IngestCheckpoint} records where the next batch starts; an
 * interrupted build continues there (upserts are by id, so a batch half-committed by one side is
 * simply redone) and its row measures the documents of the last stretch only.
 */
final class IngestScenario implements Scenario {

  /** Reports per commit, as the chat importer and the crawler commit. */
  static final int BATCH = 1000;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  @Override
  public String name() {
    return "ingest";
  }

  /** The variant of the ingest row: the thread count, so rows of different counts never mix. */
  static String variant(int threads) {
    return threads + (threads == 1 ? " thread" : " threads");
  }

  @Override
  public List<ScenarioResult> run(BenchContext ctx, long documents) throws IOException {
    CorpusSpec spec = ctx.corpus(documents);
    PreparedIndexes prepared = ctx.indexes();
    IngestCheckpoint checkpoint = new IngestCheckpoint(prepared.root(spec));
    long start = checkpoint.next();
    if (start == 0) {
      prepared.clear(spec);
    } else {
      ctx.progress(
          "ingest resumes at %,d/%,d (checkpoint of an interrupted build)", start, documents);
    }
    SyntheticCorpus corpus = new SyntheticCorpus(spec);
    ArticleExtractor extractor = new ArticleExtractor();
    int threads = ctx.profile().threads();
    Side pipeline = new Side(threads);
    Side baseline = new Side(threads);
    LatencyRecorder[] extract = recorders(threads);
    ScenarioResult.Builder result = ScenarioResult.ok(name(), variant(threads), documents);
    try (ParallelBatch workers = new ParallelBatch(threads);
        ReportIndex index = Pipeline.open(prepared.index(spec), ctx.config(), ctx.clock());
        RawLuceneBaseline raw =
            new RawLuceneBaseline(
                prepared.baseline(spec), ctx.config().index().ramBufferMb(), start > 0)) {
      long step = Math.max(1, documents / 10);
      long nextProgress = (start / step + 1) * step;
      for (long from = start; from < documents; from += BATCH) {
        int n = (int) Math.min(BATCH, documents - from);
        Report[] generated = new Report[n];
        String[] pages = new String[n];
        long first = from;
        workers.run(
            n,
            (w, i) -> {
              generated[i] = corpus.report(first + i);
              pages[i] =
                  generated[i].kind() == ReportKind.NEWS ? Pipeline.page(generated[i]) : null;
            });
        ParallelBatch.ItemWork rawWork =
            (w, i) -> {
              long t0 = System.nanoTime();
              raw.add(generated[i]);
              baseline.items[w].record(System.nanoTime() - t0);
            };
        ParallelBatch.ItemWork pipelineWork =
            (w, i) -> {
              long t0 = System.nanoTime();
              Report stored =
                  pages[i] == null
                      ? generated[i]
                      : Pipeline.extracted(generated[i], pages[i], extractor);
              long t1 = System.nanoTime();
              index.upsert(stored);
              pipeline.items[w].record(System.nanoTime() - t1);
              if (pages[i] != null) {
                extract[w].record(t1 - t0);
              }
            };
        // Alternate which side goes first, so neither always meets a cold cache or a GC.
        if ((from / BATCH) % 2 == 0) {
          baseline.batch(workers, n, rawWork, raw::commit);
          pipeline.batch(workers, n, pipelineWork, index::commit);
        } else {
          pipeline.batch(workers, n, pipelineWork, index::commit);
          baseline.batch(workers, n, rawWork, raw::commit);
        }
        checkpoint.record(from + n);
        if (from + n >= nextProgress) {
          ctx.progress("ingest %,d/%,d on %d threads", from + n, documents, threads);
          nextProgress += Math.max(1, documents / 10);
        }
      }
      addMetrics(result, start, documents, threads, pipeline, baseline, merged(extract));
    }
    ScenarioResult done = result.build();
    prepared.markReady(spec);
    checkpoint.delete();
    return List.of(done);
  }

  private static void addMetrics(
      ScenarioResult.Builder result,
      long start,
      long end,
      int threads,
      Side pipeline,
      Side baseline,
      LatencyRecorder extract) {
    long documents = end - start;
    double pipelineRate = documents / (pipeline.wallNanos / 1e9);
    double baselineRate = documents / (baseline.wallNanos / 1e9);
    LatencyRecorder upserts = merged(pipeline.items);
    // Shares of the workers' summed time (extraction and upserts) plus the commits' time.
    double total = extract.totalNanos() + upserts.totalNanos() + pipeline.commits.totalNanos();
    result
        .add(
            Metric.of("docs_per_s", pipelineRate, "docs/s")
                .withBaseline(baselineRate)
                .atLeast(0.4 * baselineRate, ">= 40% of raw Lucene"))
        .add(Metric.of("baseline_docs_per_s", baselineRate, "docs/s"))
        .add(
            Metric.of("docs_per_cpu_s", documents / (pipeline.cpuNanos / 1e9), "docs/CPU-s")
                .withBaseline(documents / (baseline.cpuNanos / 1e9)))
        .add(Metric.of("threads", threads, "threads"))
        .latencies(upserts, "upsert_")
        .add(Metric.of("extract_p50_ms", extract.percentileMillis(50), "ms"))
        .add(Metric.of("commit_p99_ms", pipeline.commits.percentileMillis(99), "ms"))
        .add(Metric.of("baseline_add_p99_ms", merged(baseline.items).percentileMillis(99), "ms"))
        .note(
            (start == 0
                    ? ""
                    : String.format(
                        "resumed an interrupted build at %,d: rates over the last %,d documents; ",
                        start, documents))
                + String.format(
                    "%d threads each side; time split: extraction %.0f%%, enrichment+indexing %.0f%%,"
                        + " commits %.0f%%",
                    threads,
                    100.0 * extract.totalNanos() / total,
                    100.0 * upserts.totalNanos() / total,
                    100.0 * pipeline.commits.totalNanos() / total));
  }

  private static LatencyRecorder[] recorders(int n) {
    LatencyRecorder[] r = new LatencyRecorder[n];
    for (int i = 0; i < n; i++) {
      r[i] = new LatencyRecorder();
    }
    return r;
  }

  private static LatencyRecorder merged(LatencyRecorder[] perWorker) {
    LatencyRecorder all = new LatencyRecorder();
    for (LatencyRecorder r : perWorker) {
      all.merge(r);
    }
    return all;
  }

  /** A commit that may fail with an I/O error. */
  @FunctionalInterface
  private interface Commit {
    void run() throws IOException;
  }

  /** One side's clocks: batch wall time and CPU time (workers plus commit), per-item latencies. */
  private static final class Side {
    final LatencyRecorder[] items;
    final LatencyRecorder commits = new LatencyRecorder();
    long wallNanos;
    long cpuNanos;

    Side(int threads) {
      items = recorders(threads);
    }

    void batch(ParallelBatch workers, int n, ParallelBatch.ItemWork work, Commit commit)
        throws IOException {
      ParallelBatch.Timing t = workers.run(n, work);
      long c0 = THREADS.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      commit.run();
      long took = System.nanoTime() - t0;
      commits.record(took);
      wallNanos += t.wallNanos() + took;
      cpuNanos += t.cpuNanos() + THREADS.getCurrentThreadCpuTime() - c0;
    }
  }
}
