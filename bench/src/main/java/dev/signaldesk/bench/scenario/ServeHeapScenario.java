package dev.signaldesk.bench.scenario;

import dev.signaldesk.bench.corpus.CorpusSpec;
import dev.signaldesk.bench.http.LoadResult;
import dev.signaldesk.bench.http.ServerProcess;
import dev.signaldesk.bench.measure.Metric;
import dev.signaldesk.bench.measure.ScenarioResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Heap needed to serve: starts {@code signaldesk serve} on the generated index with each -Xmx of
 * the profile, smallest first, and sends it the query mix from 8 clients. A heap "serves" when no
 * request fails with a 5xx or an I/O error (an out-of-memory server fails both ways) and the server
 * is still alive afterwards; the first such heap is the answer, and larger ones are not tried. A
 * 4xx refusal is an answer. Each try is bounded by the profile's warm-up and search window. Also
 * reports the server's heap after a full GC ({@code jcmd GC.heap_info}).
 */
final class ServeHeapScenario implements Scenario {

  /** Clients of the load: the concurrency the heap target is stated at. */
  private static final int CLIENTS = 8;

  @Override
  public String name() {
    return "serve-heap";
  }

  @Override
  public List<ScenarioResult> run(BenchContext ctx, long documents) throws IOException {
    Optional<ScenarioResult> skip = ctx.skipWithoutHttp(name(), documents);
    if (skip.isPresent()) {
      return List.of(skip.get());
    }
    ctx.indexes().ensure(documents);
    CorpusSpec spec = ctx.corpus(documents);
    List<String> paths = QueryMix.ALL.stream().map(QueryMix.Query::httpPath).toList();
    List<ScenarioResult> rows = new ArrayList<>();
    Path dataDir = ctx.indexes().dataDir(spec);
    for (String heap : ctx.profile().serveHeaps()) {
      ScenarioResult.Builder row = ScenarioResult.ok(name(), "-Xmx" + heap, documents);
      boolean served;
      String note;
      double liveMb = Double.NaN;
      try {
        boolean reused = ctx.servers().running(dataDir, heap);
        ServerProcess server = ctx.servers().server(dataDir, ctx.serverConfig(), heap);
        LoadResult r =
            ctx.httpLoad()
                .run(
                    server.url(),
                    List.of(CLIENTS),
                    ctx.profile().searchTime(),
                    ctx.profile().maxRequests(),
                    ctx.profile().warmUp(),
                    paths)
                .get(0);
        liveMb = JcmdHeap.usedAfterGcMb(server.pid());
        served = server.isAlive() && r.requests() > 0 && r.errors() == 0;
        note =
            (served
                    ? "answered "
                        + r.requests()
                        + " requests without a 5xx or I/O error"
                        + (r.rejected() == 0 ? "" : " (" + r.rejected() + " refused with 4xx)")
                    : "not served: "
                        + r.errors()
                        + " errors"
                        + (r.firstError() == null ? "" : ", first: " + r.firstError()))
                + (reused ? "; the search-http scenario's server, reused" : "");
        row.add(Metric.of("p99_ms", r.p99(), "ms"));
      } catch (IOException e) {
        served = false;
        note = "not served: " + e.getMessage();
      }
      if (!served) {
        ctx.servers().close(); // never reuse a server that failed
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
    // The last scenario that needs a server: free its heap and cores for the in-process ones.
    ctx.servers().close();
    return rows;
  }
}
