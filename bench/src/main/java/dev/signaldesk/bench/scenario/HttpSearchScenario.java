package dev.signaldesk.bench.scenario;

import dev.signaldesk.bench.corpus.CorpusSpec;
import dev.signaldesk.bench.http.LoadClientProcess;
import dev.signaldesk.bench.http.ServerProcess;
import dev.signaldesk.bench.measure.Metric;
import dev.signaldesk.bench.measure.ScenarioResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Search over HTTP: {@code signaldesk serve} on the generated index in one child JVM, the load
 * generator in another, the {@link QueryMix} as {@code /api/search} requests at 1, 2 and 8 clients.
 * The baseline is the in-process {@code TermQuery} top-10 measured by the search scenario at the
 * same client count in this run (when it ran), so the ratio shows what the whole stack — parsing,
 * facets, snippets, JSON, HTTP — costs over the bare index lookup.
 */
final class HttpSearchScenario implements Scenario {

  static final String SERVER_HEAP = "1g";

  @Override
  public String name() {
    return "search-http";
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
    Path jar = ctx.apiJar().get();
    try (ServerProcess server =
        ServerProcess.start(
            BenchContext.javaCommand(),
            jar,
            ctx.indexes().dataDir(spec),
            ctx.serverConfig(),
            SERVER_HEAP,
            List.of())) {
      for (int clients : ctx.profile().clientCounts()) {
        ScenarioResult.Builder row = ScenarioResult.ok(name(), clients + " clients", documents);
        LoadClientProcess.Result r =
            LoadClientProcess.run(
                BenchContext.javaCommand(),
                ctx.classPath(),
                server.url(),
                clients,
                ctx.profile().searchTime(),
                ctx.profile().maxRequests(),
                paths);
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
        String note = "server -Xmx" + SERVER_HEAP + "; baseline: in-process TermQuery top-10";
        if (r.firstRejection() != null) {
          note += "; first 4xx: " + r.firstRejection();
        }
        if (r.firstError() != null) {
          note += "; first error: " + r.firstError();
        }
        rows.add(row.note(note).build());
        ctx.progress(
            "search-http %d clients: %.0f q/s, p99 %.1f ms, %d errors",
            clients, r.qps(), r.p99(), r.errors());
      }
    }
    return rows;
  }
}
