package dev.signaldesk.bench.scenario;

import dev.signaldesk.bench.corpus.CorpusSpec;
import dev.signaldesk.bench.http.LoadResult;
import dev.signaldesk.bench.http.ServerProcess;
import dev.signaldesk.bench.measure.Metric;
import dev.signaldesk.bench.measure.ScenarioResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Search over HTTP: {@code signaldesk serve} on the generated index in one child JVM, the load
 * generator ({@link dev.signaldesk.bench.http.HttpLoad}: a second JVM, or wrk) in another process,
 * the {@link QueryMix} as {@code /api/search} requests at each client count, one warm-up for all.
 * The server is left running in the run's {@link dev.signaldesk.bench.http.ServerPool} for the
 * serve-heap scenario. The baseline is the in-process {@code TermQuery} top-10 measured by the
 * search scenario at the same client count in this run (when it ran), so the ratio shows what the
 * whole stack — parsing, facets, snippets, JSON, HTTP — costs over the bare index lookup.
 */
final class HttpSearchScenario implements Scenario {

  /**
   * The server's heap: the largest the serve-heap scenario tries (1g in a full run), so that in a
   * quick run, where it tries one, both scenarios share one server JVM.
   */
  static String serverHeap(Profile profile) {
    return profile.serveHeaps().get(profile.serveHeaps().size() - 1);
  }

  @Override
  public String name() {
    return "search-http";
  }

  /** The row's variant: the Java client's rows keep the plain name earlier runs used. */
  static String variant(int clients, String load) {
    return clients + " clients" + ("java".equals(load) ? "" : ", " + load);
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
    String load = ctx.httpLoad().name();
    String heap = serverHeap(ctx.profile());
    ServerProcess server =
        ctx.servers().server(ctx.indexes().dataDir(spec), ctx.serverConfig(), heap);
    ctx.progress("search-http: server up (-Xmx%s), %s load", heap, load);
    List<LoadResult> levels =
        ctx.httpLoad()
            .run(
                server.url(),
                ctx.profile().clientCounts(),
                ctx.profile().searchTime(),
                ctx.profile().maxRequests(),
                ctx.profile().warmUp(),
                paths);
    for (LoadResult r : levels) {
      rows.add(row(ctx, documents, load, heap, r));
      ctx.progress(
          "search-http %d clients: %.0f q/s, p99 %.1f ms, %d errors",
          r.clients(), r.qps(), r.p99(), r.errors());
    }
    return rows;
  }

  private ScenarioResult row(
      BenchContext ctx, long documents, String load, String heap, LoadResult r) {
    int clients = r.clients();
    ScenarioResult.Builder row = ScenarioResult.ok(name(), variant(clients, load), documents);
    Metric p99 = Metric.of("p99_ms", r.p99(), "ms");
    Metric qps = Metric.of("qps", r.qps(), "q/s");
    ScenarioResult base = ctx.earlier("search", clients + " clients", documents).orElse(null);
    if (base != null && base.metric("p99_ms").baseline() != null) {
      p99 = p99.withBaseline(base.metric("p99_ms").baseline());
      qps = qps.withBaseline(base.metric("qps").baseline());
    }
    row.add(qps)
        .add(Metric.of("p50_ms", r.p50(), "ms"))
        .add(Metric.of("p95_ms", r.p95(), "ms"))
        .add(clients == 8 ? p99.atMost(100, "<= 100 ms at 1M docs, 8 clients") : p99)
        .add(Metric.of("requests", r.requests(), "requests"))
        .add(Metric.of("rejected_4xx", r.rejected(), "requests"))
        .add(Metric.of("errors", r.errors(), "requests"));
    String note =
        "server -Xmx"
            + heap
            + "; load: "
            + load
            + ("wrk".equals(load) ? " (time-bounded; latencies include 4xx answers)" : "")
            + "; baseline: in-process TermQuery top-10";
    if (r.firstRejection() != null) {
      note += "; first 4xx: " + r.firstRejection();
    }
    if (r.firstError() != null) {
      note += "; first error: " + r.firstError();
    }
    return row.note(note).build();
  }
}
