package dev.signaldesk.bench;

import dev.signaldesk.bench.corpus.CorpusSpec;
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

  @Option(names = "--quick", description = "Every scenario at small scale (a few minutes).")
  boolean quick;

  @Option(names = "--full", description = "100k and 1M documents (hours on 2 cores; resumable).")
  boolean full;

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
    System.exit(new CommandLine(new BenchMain()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    if (quick == full) {
      System.err.println("Give exactly one of --quick or --full.");
      return 2;
    }
    Profile profile = quick ? Profile.quick() : Profile.full();
    if (sizes != null && !sizes.isEmpty()) {
      profile = profile.withSizes(sizes);
    }
    if (savedQueries != null && !savedQueries.isEmpty()) {
      profile = profile.withSavedQueryCounts(savedQueries);
    }
    List<Scenario> selected = Scenarios.select(scenarios);
    Files.createDirectories(work);
    Optional<Path> jar = Optional.ofNullable(apiJar).filter(Files::isRegularFile);
    BenchContext ctx =
        new BenchContext(
            new ConfigLoader().defaults(),
            profile,
            seed,
            work.toAbsolutePath(),
            jar,
            System.getProperty("java.class.path"),
            Clock.systemUTC(),
            System.out,
            new ArrayList<>());
    String date = LocalDate.now(ZoneOffset.UTC).toString();
    Path file = ResultsFile.path(results, date, commit);
    BenchRun run =
        ResultsFile.read(file)
            .orElse(new BenchRun(date, commit, profile.name(), Machine.current(), List.of()));
    System.out.printf(
        "signaldesk bench %s: %s, sizes %s, load average %.1f%n",
        profile.name(), Scenarios.names(selected), profile.sizes(), Machine.loadAverage());
    for (Scenario scenario : selected) {
      for (long size : Scenarios.sizes(scenario, profile)) {
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
    System.out.println("results: " + file);
    return ctx.results().stream().anyMatch(r -> r.status() == ScenarioResult.Status.FAILED) ? 1 : 0;
  }
}
