package dev.signaldesk.bench.scenario;

import dev.signaldesk.bench.corpus.CorpusSpec;
import dev.signaldesk.bench.http.HttpLoad;
import dev.signaldesk.bench.http.ServerPool;
import dev.signaldesk.bench.measure.ScenarioResult;
import dev.signaldesk.config.SignalDeskConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What scenarios share within one run: the configuration, the profile, the work directory with the
 * prepared indexes, the launcher facts needed to start child JVMs, and the results so far (the HTTP
 * scenario compares itself with the in-process baseline measured earlier in the same run).
 *
 * @param config SignalDesk configuration (bundled defaults)
 * @param profile sizes and durations
 * @param seed corpus seed
 * @param work work directory: generated indexes and exports, reused between runs
 * @param apiJar the runnable API jar for the HTTP scenarios, if built
 * @param httpLoad the load generator of the HTTP scenarios (a child JVM, or wrk)
 * @param servers the benchmark server kept running between the HTTP scenarios (closed by the caller
 *     at the end of the run)
 * @param clock time source for fetchedAt stamps
 * @param log progress lines
 */
public record BenchContext(
    SignalDeskConfig config,
    Profile profile,
    long seed,
    Path work,
    Optional<Path> apiJar,
    HttpLoad httpLoad,
    ServerPool servers,
    Clock clock,
    PrintStream log,
    List<ScenarioResult> results) {

  public BenchContext {
    results = results == null ? new ArrayList<>() : results;
  }

  public CorpusSpec corpus(long documents) {
    return new CorpusSpec(seed, documents, CorpusSpec.DEFAULT_CHAT_SHARE);
  }

  public PreparedIndexes indexes() {
    return new PreparedIndexes(this);
  }

  /** The java launcher of this JVM, for child processes. */
  public static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  public void progress(String format, Object... args) {
    log.printf("  " + format + "%n", args);
    log.flush();
  }

  /**
   * The config file the benchmark server runs with: the defaults, except that the per-key rate
   * limit is lifted (a load test from one address would otherwise measure 429s) and anonymous
   * callers may see chat reports (so the mix searches the same documents as in process).
   */
  public Path serverConfig() throws IOException {
    Path file = work.resolve("bench-server.yml");
    Files.writeString(
        file,
        "# Written by signaldesk bench for the server it starts.\n"
            + "api:\n  anonymous-chat: true\n  rate-limit-per-minute: 1000000000\n");
    return file;
  }

  /**
   * A SKIPPED row when there is no API jar or the load generator cannot run, for the scenarios that
   * start the server and load it; else empty.
   */
  public Optional<ScenarioResult> skipWithoutHttp(String scenario, long documents) {
    if (apiJar.isEmpty()) {
      return Optional.of(
          ScenarioResult.skipped(
              scenario,
              documents,
              "the runnable API jar is not built (run ./signaldesk --help once, or pass"
                  + " --api-jar)"));
    }
    return httpLoad
        .unavailable()
        .map(reason -> ScenarioResult.skipped(scenario, documents, reason));
  }

  /** A result recorded earlier in this run. */
  public Optional<ScenarioResult> earlier(String scenario, String variant, long documents) {
    return results.stream()
        .filter(r -> r.scenario().equals(scenario) && r.variant().equals(variant))
        .filter(r -> r.documents() == documents && r.status() == ScenarioResult.Status.OK)
        .reduce((a, b) -> b);
  }
}
