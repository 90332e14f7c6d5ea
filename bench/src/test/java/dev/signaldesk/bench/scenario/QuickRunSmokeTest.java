package dev.signaldesk.bench.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.bench.http.JavaLoadClient;
import dev.signaldesk.bench.http.ServerPool;
import dev.signaldesk.bench.http.WrkLoad;
import dev.signaldesk.bench.measure.Machine;
import dev.signaldesk.bench.measure.ScenarioResult;
import dev.signaldesk.bench.report.BenchRun;
import dev.signaldesk.bench.report.MarkdownTable;
import dev.signaldesk.bench.report.ResultsFile;
import dev.signaldesk.config.ConfigLoader;
import dev.signaldesk.indexer.index.ReportIndex;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the in-process scenarios at a tiny scale: they work end to end and report real rows. */
class QuickRunSmokeTest {

  @TempDir Path work;

  private BenchContext context() {
    Profile tiny =
        new Profile(
            "test",
            List.of(400L),
            2,
            List.of(1, 2),
            Duration.ofMillis(300),
            200,
            Duration.ofMillis(300),
            List.of(20),
            40,
            Duration.ofSeconds(30),
            200,
            20,
            300,
            List.of("256m"));
    return new BenchContext(
        new ConfigLoader().defaults(),
        tiny,
        42,
        work,
        Optional.empty(),
        new JavaLoadClient("java", ""),
        new ServerPool("java", null),
        Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new ArrayList<>());
  }

  @Test
  void anInterruptedBuildContinuesAtItsCheckpointWithoutLosingOrRepeatingReports()
      throws Exception {
    BenchContext ctx = context();
    new IngestScenario().run(ctx, 400);
    Path root = ctx.indexes().root(ctx.corpus(400));
    // A finished build leaves no checkpoint behind.
    assertThat(root.resolve("INGEST-CHECKPOINT")).doesNotExist();
    // Make it look like a build killed once the first 250 reports had committed on both sides.
    Files.delete(root.resolve("READY"));
    Files.writeString(root.resolve("INGEST-CHECKPOINT"), "next=250\n");

    ScenarioResult resumed = new IngestScenario().run(ctx, 400).get(0);

    assertThat(resumed.status()).isEqualTo(ScenarioResult.Status.OK);
    assertThat(resumed.note()).startsWith("resumed an interrupted build at 250");
    assertThat(resumed.metric("docs_per_s").value()).isPositive();
    assertThat(ctx.indexes().ready(ctx.corpus(400))).isTrue();
    try (ReportIndex index =
        ReportIndex.openReadOnly(ctx.indexes().index(ctx.corpus(400)), ctx.config().index())) {
      assertThat(index.count()).isEqualTo(400);
    }
  }

  @Test
  void ingestBuildsBothIndexesAndReportsTheRatioToRawLucene() throws Exception {
    BenchContext ctx = context();
    ScenarioResult ingest = new IngestScenario().run(ctx, 400).get(0);
    assertThat(ingest.status()).isEqualTo(ScenarioResult.Status.OK);
    assertThat(ingest.metric("docs_per_s").ratio()).isPositive();
    // Both sides ran on the profile's two threads, and the row says so.
    assertThat(ingest.variant()).isEqualTo("2 threads");
    assertThat(ingest.metric("threads").value()).isEqualTo(2);
    assertThat(ctx.indexes().ready(ctx.corpus(400))).isTrue();
    // Concurrent upserts lose nothing: every generated report is in the index.
    try (ReportIndex index =
        ReportIndex.openReadOnly(ctx.indexes().index(ctx.corpus(400)), ctx.config().index())) {
      assertThat(index.count()).isEqualTo(400);
    }
    // A resumed run keeps this ingest (its index is READY) and redoes what has no row yet.
    assertThat(Scenarios.measured(new IngestScenario(), 400, List.of(ingest), ctx)).isTrue();
    assertThat(Scenarios.measured(new SearchScenario(), 400, List.of(ingest), ctx)).isFalse();

    List<ScenarioResult> search = new SearchScenario().run(ctx, 400);
    assertThat(search)
        .extracting(ScenarioResult::variant)
        .containsExactly("1 clients", "2 clients", "per query, 1 client");
    // Every query of the mix parses and runs against the real schema: no errors.
    assertThat(search.subList(0, 2))
        .allSatisfy(r -> assertThat(r.metric("errors").value()).isZero());
    assertThat(search.get(0).metric("p99_ms").baseline()).isPositive();

    ScenarioResult size = new IndexSizeScenario().run(ctx, 400).get(0);
    assertThat(size.metric("bytes_per_doc").value()).isPositive();

    List<ScenarioResult> series = new SignalSeriesScenario().run(ctx, 400);
    assertThat(series).hasSize(3);
    // The generated prices reach the price index: a monthly H100 series with real observations.
    assertThat(series.get(0).metric("points").value()).isGreaterThan(3);
    assertThat(series.get(0).metric("mentions").value()).isGreaterThan(10);
    // Each timed run followed a real commit of new reports (to a clone: the generated index keeps
    // its 400 reports).
    assertThat(series.get(0).metric("reports_committed").value()).isPositive();
    try (ReportIndex index =
        ReportIndex.openReadOnly(ctx.indexes().index(ctx.corpus(400)), ctx.config().index())) {
      assertThat(index.count()).isEqualTo(400);
    }
  }

  @Test
  void alertExtractionAndChatImportReportThroughputWithoutErrors() throws Exception {
    BenchContext ctx = context();
    ScenarioResult alerts = new AlertScenario().run(ctx, 400).get(0);
    assertThat(alerts.metric("refused_queries").value()).isZero();
    assertThat(alerts.metric("match_errors").value()).isZero();
    assertThat(alerts.metric("matches_per_doc").value()).isPositive();

    List<ScenarioResult> extraction = new ExtractionScenario().run(ctx, 400);
    assertThat(extraction.get(0).metric("mentions_per_sentence").value()).isPositive();
    assertThat(extraction.get(1).metric("body_found_pct").value()).isGreaterThan(90);

    List<ScenarioResult> chat = new ChatImportScenario().run(ctx, 400);
    assertThat(chat).allSatisfy(r -> assertThat(r.metric("rejected").value()).isZero());
    assertThat(chat.get(1).metric("imported").value())
        .isEqualTo(chat.get(0).metric("imported").value());
  }

  @Test
  void missingPiecesAreSkippedWithAReasonNeverANumber() throws Exception {
    BenchContext ctx = context();
    ScenarioResult http = new HttpSearchScenario().run(ctx, 400).get(0);
    assertThat(http.status()).isEqualTo(ScenarioResult.Status.SKIPPED);
    assertThat(http.note()).contains("API jar");
    assertThat(http.metrics()).isEmpty();

    BenchContext noWrk =
        new BenchContext(
            ctx.config(),
            ctx.profile(),
            ctx.seed(),
            ctx.work(),
            Optional.of(Files.writeString(work.resolve("api.jar"), "")),
            new WrkLoad("/nonexistent/wrk"),
            ctx.servers(),
            ctx.clock(),
            ctx.log(),
            new ArrayList<>());
    ScenarioResult heap = new ServeHeapScenario().run(noWrk, 400).get(0);
    assertThat(heap.status()).isEqualTo(ScenarioResult.Status.SKIPPED);
    assertThat(heap.note()).contains("apt-get install wrk");
  }

  @Test
  void resultsRoundTripThroughJsonAndRenderAsMarkdownBetweenMarkers() throws Exception {
    ScenarioResult row =
        ScenarioResult.ok("ingest", "", 10)
            .add(
                dev.signaldesk.bench.measure.Metric.of("docs_per_s", 50, "docs/s")
                    .withBaseline(100)
                    .atLeast(40, ">= 40%"))
            .build();
    BenchRun run =
        new BenchRun(
            "2026-11-28",
            "abc1234",
            "quick",
            Machine.current(),
            List.of(row, ScenarioResult.skipped("signal-series", 10, "not merged")));
    Path file = ResultsFile.path(work, run.date(), run.commit());
    ResultsFile.write(file, run);
    BenchRun back = ResultsFile.read(file).orElseThrow();
    assertThat(back.results()).hasSize(2);
    assertThat(back.results().get(0).metric("docs_per_s").ratio()).isEqualTo(0.5);
    assertThat(back.results().get(1).heapUsedMb()).isNaN();

    Path docs = work.resolve("benchmarks.md");
    Files.writeString(
        docs,
        "# Benchmarks\n\nProse.\n\n"
            + MarkdownTable.START
            + "\nold\n"
            + MarkdownTable.END
            + "\n\nMore prose.\n");
    MarkdownTable.updateDocs(docs, List.of(back));
    String md = Files.readString(docs);
    assertThat(md)
        .contains(
            "Prose.", "More prose.", "| ingest |", "0.50×", "met >= 40%", "skipped: not merged")
        .doesNotContain("old");
  }
}
