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
import java.util.ArrayList;
import java.util.List;

/**
 * Ingest: the full pipeline (article extraction from the page, signal enrichment, indexing, a
 * commit every {@value #BATCH} reports) against raw Lucene indexing the same texts. The two run
 * interleaved batch by batch in the same JVM, so a busy neighbour on the shared machine slows both
 * alike; only the indexing calls are timed, never the corpus generation. Leaves both indexes in
 * place for the later scenarios.
 */
final class IngestScenario implements Scenario {

  /** Reports per commit, as the chat importer and the crawler commit. */
  static final int BATCH = 1000;

  @Override
  public String name() {
    return "ingest";
  }

  @Override
  public List<ScenarioResult> run(BenchContext ctx, long documents) throws IOException {
    CorpusSpec spec = ctx.corpus(documents);
    PreparedIndexes prepared = ctx.indexes();
    prepared.clear(spec);
    SyntheticCorpus corpus = new SyntheticCorpus(spec);
    ArticleExtractor extractor = new ArticleExtractor();
    LatencyRecorder extract = new LatencyRecorder();
    LatencyRecorder upsert = new LatencyRecorder();
    LatencyRecorder commits = new LatencyRecorder();
    LatencyRecorder baseAdd = new LatencyRecorder();
    LatencyRecorder baseCommits = new LatencyRecorder();
    // CPU time of this thread in each side's timed sections: on a shared, overloaded machine the
    // wall-clock rates mostly measure the neighbours, CPU-time rates measure the code.
    long[] cpu = new long[2];
    ScenarioResult.Builder result = ScenarioResult.ok(name(), "", documents);
    try (ReportIndex index = Pipeline.open(prepared.index(spec), ctx.config(), ctx.clock());
        RawLuceneBaseline baseline =
            new RawLuceneBaseline(prepared.baseline(spec), ctx.config().index().ramBufferMb())) {
      long nextProgress = documents / 10;
      for (long from = 0; from < documents; from += BATCH) {
        long to = Math.min(documents, from + BATCH);
        List<Report> generated = new ArrayList<>(BATCH);
        List<String> pages = new ArrayList<>(BATCH);
        corpus.reports(from, to).forEachRemaining(generated::add);
        for (Report r : generated) {
          pages.add(r.kind() == ReportKind.NEWS ? Pipeline.page(r) : null);
        }
        // Alternate which side goes first, so neither always meets a cold cache or a GC.
        if ((from / BATCH) % 2 == 0) {
          cpu[1] += CpuTime.of(() -> baselineBatch(baseline, generated, baseAdd, baseCommits));
          cpu[0] +=
              CpuTime.of(
                  () ->
                      pipelineBatch(index, generated, pages, extractor, extract, upsert, commits));
        } else {
          cpu[0] +=
              CpuTime.of(
                  () ->
                      pipelineBatch(index, generated, pages, extractor, extract, upsert, commits));
          cpu[1] += CpuTime.of(() -> baselineBatch(baseline, generated, baseAdd, baseCommits));
        }
        if (to >= nextProgress) {
          ctx.progress("ingest %,d/%,d", to, documents);
          nextProgress += Math.max(1, documents / 10);
        }
      }
      double pipelineSeconds =
          (extract.totalNanos() + upsert.totalNanos() + commits.totalNanos()) / 1e9;
      double baselineSeconds = (baseAdd.totalNanos() + baseCommits.totalNanos()) / 1e9;
      double pipelineRate = documents / pipelineSeconds;
      double baselineRate = documents / baselineSeconds;
      result
          .add(
              Metric.of("docs_per_s", pipelineRate, "docs/s")
                  .withBaseline(baselineRate)
                  .atLeast(0.4 * baselineRate, ">= 40% of raw Lucene"))
          .add(Metric.of("baseline_docs_per_s", baselineRate, "docs/s"))
          .add(
              Metric.of("docs_per_cpu_s", documents / (cpu[0] / 1e9), "docs/CPU-s")
                  .withBaseline(documents / (cpu[1] / 1e9)))
          .latencies(upsert, "upsert_")
          .add(Metric.of("extract_p50_ms", extract.percentileMillis(50), "ms"))
          .add(Metric.of("commit_p99_ms", commits.percentileMillis(99), "ms"))
          .add(Metric.of("baseline_add_p99_ms", baseAdd.percentileMillis(99), "ms"))
          .note(
              String.format(
                  "time split: extraction %.0f%%, enrichment+indexing %.0f%%, commits %.0f%%",
                  100.0 * extract.totalNanos() / (pipelineSeconds * 1e9),
                  100.0 * upsert.totalNanos() / (pipelineSeconds * 1e9),
                  100.0 * commits.totalNanos() / (pipelineSeconds * 1e9)));
    }
    ScenarioResult done = result.build();
    prepared.markReady(spec);
    return List.of(done);
  }

  private static void baselineBatch(
      RawLuceneBaseline baseline, List<Report> reports, LatencyRecorder add, LatencyRecorder commit)
      throws IOException {
    for (Report r : reports) {
      long t0 = System.nanoTime();
      baseline.add(r);
      add.record(System.nanoTime() - t0);
    }
    long t0 = System.nanoTime();
    baseline.commit();
    commit.record(System.nanoTime() - t0);
  }

  private static void pipelineBatch(
      ReportIndex index,
      List<Report> reports,
      List<String> pages,
      ArticleExtractor extractor,
      LatencyRecorder extract,
      LatencyRecorder upsert,
      LatencyRecorder commit) {
    for (int i = 0; i < reports.size(); i++) {
      Report r = reports.get(i);
      long t0 = System.nanoTime();
      Report stored = pages.get(i) == null ? r : Pipeline.extracted(r, pages.get(i), extractor);
      long t1 = System.nanoTime();
      index.upsert(stored);
      long t2 = System.nanoTime();
      if (pages.get(i) != null) {
        extract.record(t1 - t0);
      }
      upsert.record(t2 - t1);
    }
    commit.time(index::commit);
  }
}
