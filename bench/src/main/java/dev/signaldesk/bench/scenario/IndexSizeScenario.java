package dev.signaldesk.bench.scenario;

import dev.signaldesk.bench.corpus.CorpusSpec;
import dev.signaldesk.bench.measure.Metric;
import dev.signaldesk.bench.measure.ScenarioResult;
import java.io.IOException;
import java.util.List;

/** Bytes on disk per document of the SignalDesk index, against the raw-Lucene baseline index. */
final class IndexSizeScenario implements Scenario {

  @Override
  public String name() {
    return "index-size";
  }

  @Override
  public List<ScenarioResult> run(BenchContext ctx, long documents) throws IOException {
    ctx.indexes().ensure(documents);
    CorpusSpec spec = ctx.corpus(documents);
    long index = PreparedIndexes.sizeOf(ctx.indexes().index(spec));
    long baseline = PreparedIndexes.sizeOf(ctx.indexes().baseline(spec));
    return List.of(
        ScenarioResult.ok(name(), "", documents)
            .add(
                Metric.of("bytes_per_doc", (double) index / documents, "B/doc")
                    .withBaseline((double) baseline / documents))
            .add(Metric.of("index_mb", index / 1e6, "MB").withBaseline(baseline / 1e6))
            .note("no force-merge: segments as the ingest left them")
            .build());
  }
}
