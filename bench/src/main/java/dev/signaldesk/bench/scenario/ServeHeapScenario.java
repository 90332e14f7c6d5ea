package dev.signaldesk.bench.scenario;

import dev.signaldesk.bench.corpus.CorpusSpec;
import dev.signaldesk.bench.http.LoadClientProcess;
import dev.signaldesk.bench.http.ServerProcess;
import dev.signaldesk.bench.measure.Metric;
import dev.signaldesk.bench.measure.ScenarioResult;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Heap needed to serve: starts {@code signaldesk serve} on the generated index with each -Xmx of
 * the profile, smallest first, and sends it the query mix from 8 clients. A heap "serves" when no
 * request fails with a 5xx or an I/O error (an out-of-memory server fails both ways) and the server
 * is still alive afterwards; the first such heap is the answer. A 4xx refusal is an answer. Also
 * reports the server's heap after a full GC ({@code jcmd GC.heap_info}).
 */
final class ServeHeapScenario implements Scenario {

  @Override
  public String name() {
    return "serve-heap";
  }

  @Override
  public List<ScenarioResult> run(BenchContext ctx, long documents) throws IOException {
    Optional<ScenarioResult> skip = ctx.skipWithoutApiJar(name(), documents);
    if (skip.isPresent()) {
      return List.of(skip.get());
    }
    ctx.indexes().ensure(documents);
    CorpusSpec spec = ctx.corpus(documents);
    List<String> paths = QueryMix.ALL.stream().map(QueryMix.Query::httpPath).toList();
    List<ScenarioResult> rows = new ArrayList<>();
    for (String heap : ctx.profile().serveHeaps()) {
      ScenarioResult.Builder row = ScenarioResult.ok(name(), "-Xmx" + heap, documents);
      boolean served;
      String note;
      double liveMb = Double.NaN;
      try (ServerProcess server =
          ServerProcess.start(
              BenchContext.javaCommand(),
              ctx.apiJar().get(),
              ctx.indexes().dataDir(spec),
              ctx.serverConfig(),
              heap,
              List.of())) {
        LoadClientProcess.Result r =
            LoadClientProcess.run(
                BenchContext.javaCommand(),
                ctx.classPath(),
                server.url(),
                8,
                Duration.ofSeconds(Math.max(3, ctx.profile().searchTime().toSeconds() / 2)),
                ctx.profile().maxRequests(),
                paths);
        liveMb = JcmdHeap.usedAfterGcMb(server.pid());
        served = server.isAlive() && r.requests() > 0 && r.errors() == 0;
        note =
            served
                ? "answered "
                    + r.requests()
                    + " requests without a 5xx or I/O error"
                    + (r.rejected() == 0 ? "" : " (" + r.rejected() + " refused with 4xx)")
                : "not served: "
                    + r.errors()
                    + " errors"
                    + (r.firstError() == null ? "" : ", first: " + r.firstError());
        row.add(Metric.of("p99_ms", r.p99(), "ms"));
      } catch (IOException e) {
        served = false;
        note = "not served: " + e.getMessage();
      }
      row.add(Metric.of("served", served ? 1 : 0, "yes=1"));
      row.add(
          Metric.of("server_heap_after_gc_mb", liveMb, "MB")
              .atMost(1024, "<= 1 GB to serve 1M docs"));
      rows.add(row.note(note).build());
      ctx.progress("serve-heap -Xmx%s: %s", heap, note);
      if (served) {
        break;
      }
    }
    return rows;
  }
}
