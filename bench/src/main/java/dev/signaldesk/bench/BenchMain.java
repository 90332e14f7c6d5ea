package dev.signaldesk.bench;

import dev.signaldesk.bench.corpus.CorpusSpec;
import dev.signaldesk.bench.http.HttpLoad;
import dev.signaldesk.bench.http.JavaLoadClient;
import dev.signaldesk.bench.http.ServerPool;
import dev.signaldesk.bench.http.WrkLoad;
import dev.signaldesk.bench.measure.Machine;
import dev.signaldesk.bench.measure.ScenarioResult;
import dev.signaldesk.bench.report.BenchRun;
import dev.signaldesk.bench.report.MarkdownTable;
import dev.signaldesk.bench.report.ResultsFile;
import dev.signaldesk.bench.scenario.BenchContext;
import dev.signaldesk.bench.scenario.Profile;
import dev.signaldesk.bench.scenario.Scenario;
import dev.signaldesk.bench.scenario.Scenarios;
import dev.signaldesk.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code bench} command. */
@Command(
    name = "signaldesk bench",
    mixinStandardHelpOptions = true,
    description = "Runs the benchmark scenarios on a generated corpus and writes the results.")
public final class BenchMain implements Callable<Integer> {

  @Option(
      names = "--smoke",
      description = "Every scenario at the smallest scale, child JVMs included (what CI runs).")
  boolean smoke;

  @Option(names = "--quick", description = "Every scenario at 300 documents (under 3 minutes).")
  boolean quick;

  @Option(
      names = "--full",
      description = "100k and 1M documents (about an hour on 2 idle cores; resumable).")
  boolean full;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Ingest threads, for the pipeline and the raw-Lucene baseline alike. Default:"
              + " the available processors.")
  Integer threads;

  @Option(
      names = "--http-load",
      paramLabel = "TOOL",
      description =
          "HTTP load generator: java (a child JVM) or wrk (must be installed)."
              + " Default: ${DEFAULT-VALUE}")
  String httpLoad = "java";

  @Option(
      names = "--resume",
      description =
          "Skip each scenario and size already measured in today's results file of"
              + " this commit (an interrupted --full picks up where it stopped).")
  boolean resume;

  @Option(
      names = "--sizes",
      split = ",",
      paramLabel = "N",
      description = "Corpus sizes to run at, overriding the profile's.")
  List<Long> sizes;

  @Option(
      names = "--saved-queries",
      split = ",",
      paramLabel = "N",
      description = "Saved-query counts for the alerts scenario, overriding the profile's.")
  List<Integer> savedQueries;

  @Option(
      names = "--scenario",
      split = ",",
      paramLabel = "NAME",
      description = "Only these scenarios: ${COMPLETION-CANDIDATES}",
      completionCandidates = Scenarios.Names.class)
  List<String> scenarios;

  @Option(names = "--seed", description = "Corpus seed. Default: ${DEFAULT-VALUE}")
  long seed = CorpusSpec.DEFAULT_SEED;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description = "Generated indexes, reused between runs. Default: ${DEFAULT-VALUE}")
  Path work = Path.of("bench", "work");

  @Option(
      names = "--results",
      paramLabel = "DIR",
      description = "Results directory. Default: ${DEFAULT-VALUE}")
  Path results = Path.of("bench", "results");

  @Option(
      names = "--api-jar",
      paramLabel = "JAR",
      description = "Runnable API jar for the HTTP scenarios.")
  Path apiJar;

  @Option(
      names = "--update-docs",
      paramLabel = "FILE",
      description = "Write the results table into this Markdown file (between its result markers).")
  Path docs;

  @Option(
      names = "--include-results",
      split = ",",
      paramLabel = "FILE",
      description = "Earlier results files whose tables --update-docs writes before this run's.")
  List<Path> includeResults;

  @Option(names = "--commit", description = "Commit being measured (the launcher passes it).")
  String commit = "unknown";

  public static void main(String[] args) {
    // The launcher passes --work and --results before the user's arguments: the user's win.
    System.exit(new CommandLine(new BenchMain()).setOverwrittenOptionsAllowed(true).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    if ((smoke ? 1 : 0) + (quick ? 1 : 0) + (full ? 1 : 0) != 1) {
      System.err.println("Give exactly one of --smoke, --quick or --full.");
      return 2;
    }
    Profile profile = smoke ? Profile.smoke() : quick ? Profile.quick() : Profile.full();
    if (sizes != null && !sizes.isEmpty()) {
      profile = profile.withSizes(sizes);
    }
    if (savedQueries != null && !savedQueries.isEmpty()) {
      profile = profile.withSavedQueryCounts(savedQueries);
    }
    if (threads != null) {
      profile = profile.withThreads(threads);
    }
    HttpLoad load =
        switch (httpLoad) {
          case "java" ->
              new JavaLoadClient(BenchContext.javaCommand(), System.getProperty("java.class.path"));
          case "wrk" -> new WrkLoad("wrk");
          default -> null;
        };
    if (load == null) {
      System.err.println("Unknown --http-load " + httpLoad + "; known: java, wrk.");
      return 2;
    }
    List<Scenario> selected = Scenarios.select(scenarios);
    Files.createDirectories(work);
    Optional<Path> jar = Optional.ofNullable(apiJar).filter(Files::isRegularFile);
    String date = LocalDate.now(ZoneOffset.UTC).toString();
    Path file = ResultsFile.path(results, date, commit);
    BenchRun run =
        ResultsFile.read(file)
            .orElse(new BenchRun(date, commit, profile.name(), Machine.current(), List.of()));
    // Rows measured earlier today at this commit: the HTTP scenario's baseline may come from an
    // earlier invocation, and --resume skips what is there. Only OK rows: a failure is retried.
    List<ScenarioResult> kept =
        new ArrayList<>(
            run.results().stream().filter(r -> r.status() == ScenarioResult.Status.OK).toList());
    try (ServerPool servers = new ServerPool(BenchContext.javaCommand(), jar.orElse(null))) {
      BenchContext ctx =
          new BenchContext(
              new ConfigLoader().defaults(),
              profile,
              seed,
              work.toAbsolutePath(),
              jar,
              load,
              servers,
              Clock.systemUTC(),
              System.out,
              kept);
      return run(ctx, selected, file, run);
    }
  }

  private int run(BenchContext ctx, List<Scenario> selected, Path file, BenchRun run)
      throws IOException {
    Profile profile = ctx.profile();
    long started = System.nanoTime();
    System.out.printf(
        "signaldesk bench %s: %s, sizes %s, %d ingest threads, %s HTTP load, load average %.1f%n",
        profile.name(),
        Scenarios.names(selected),
        profile.sizes(),
        profile.threads(),
        ctx.httpLoad().name(),
        Machine.loadAverage());
    for (Scenario scenario : selected) {
      for (long size : Scenarios.sizes(scenario, profile)) {
        if (resume && Scenarios.measured(scenario, size, ctx.results(), ctx)) {
          System.out.printf("[%s at %,d] already measured: kept%n", scenario.name(), size);
          continue;
        }
        System.out.printf("[%s at %,d]%n", scenario.name(), size);
        int before = ctx.results().size();
        try {
          ctx.results().addAll(scenario.run(ctx, size));
        } catch (Exception | OutOfMemoryError e) {
          ctx.results().add(ScenarioResult.failed(scenario.name(), size, e.toString()));
        }
        List<ScenarioResult> added = ctx.results().subList(before, ctx.results().size());
        added.forEach(r -> System.out.println("  " + Scenarios.summary(r)));
        // Saved after every scenario: a long run that stops keeps what it measured.
        run = run.merge(List.copyOf(added), profile.name());
        ResultsFile.write(file, run);
      }
    }
    if (docs != null) {
      List<BenchRun> runs = new ArrayList<>();
      for (Path earlier : includeResults == null ? List.<Path>of() : includeResults) {
        runs.add(
            ResultsFile.read(earlier)
                .orElseThrow(() -> new IllegalArgumentException("No results file " + earlier)));
      }
      runs.add(run);
      MarkdownTable.updateDocs(docs, runs);
    }
    System.out.printf(
        "results: %s (%.0f s, load average now %.1f)%n",
        file, (System.nanoTime() - started) / 1e9, Machine.loadAverage());
    return ctx.results().stream().anyMatch(r -> r.status() == ScenarioResult.Status.FAILED) ? 1 : 0;
  }
}
