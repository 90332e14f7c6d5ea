package dev.signaldesk.bench.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The load from {@code wrk} (Debian package {@code wrk}): native, so the generator's own cost is
 * far below a JVM's. One connection per client, at most one wrk thread per core; the bundled Lua
 * script cycles the paths and counts 4xx and 5xx answers apart. Differences from the Java client,
 * said in the rows' note: wrk stops by time only (no request budget), and its latencies include
 * refused requests. Windows are whole seconds (wrk's resolution), at least two.
 */
public final class WrkLoad implements HttpLoad {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SCRIPT = "wrk-mix.lua";

  /**
   * Shortest wrk run: wrk counts only requests completed within its duration, so a window shorter
   * than a slow request (a cold server under load) would measure nothing.
   */
  private static final long MIN_SECONDS = 2;

  private final String program;

  /**
   * @param program the wrk executable, e.g. {@code wrk} (looked up on the PATH)
   */
  public WrkLoad(String program) {
    this.program = program;
  }

  @Override
  public String name() {
    return "wrk";
  }

  @Override
  public Optional<String> unavailable() {
    try {
      Process p = new ProcessBuilder(program, "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      p.waitFor(10, TimeUnit.SECONDS);
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(
          "wrk is not installed (Debian: apt-get install wrk); use --http-load java");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted while looking for wrk");
    }
  }

  @Override
  public List<LoadResult> run(
      String baseUrl,
      List<Integer> clientCounts,
      Duration window,
      int maxRequests,
      Duration warmUp,
      List<String> paths)
      throws IOException {
    Path dir = Files.createTempDirectory("bench-wrk-");
    try {
      Path script = dir.resolve(SCRIPT);
      try (InputStream in = WrkLoad.class.getResourceAsStream(SCRIPT)) {
        if (in == null) {
          throw new IOException("the wrk script " + SCRIPT + " is missing from the bench jar");
        }
        Files.copy(in, script);
      }
      Path pathsFile = dir.resolve("paths.txt");
      Files.write(pathsFile, paths, StandardCharsets.UTF_8);
      int top = clientCounts.stream().max(Integer::compare).orElse(1);
      run(baseUrl, top, warmUp, script, pathsFile);
      List<LoadResult> results = new ArrayList<>();
      for (int clients : clientCounts) {
        results.add(run(baseUrl, clients, window, script, pathsFile));
      }
      return results;
    } finally {
      for (String f : List.of(SCRIPT, "paths.txt")) {
        Files.deleteIfExists(dir.resolve(f));
      }
      Files.deleteIfExists(dir);
    }
  }

  private LoadResult run(String baseUrl, int clients, Duration window, Path script, Path paths)
      throws IOException {
    long seconds = Math.max(MIN_SECONDS, (window.toMillis() + 999) / 1000);
    int threads = Math.min(clients, Runtime.getRuntime().availableProcessors());
    List<String> cmd =
        List.of(
            program,
            "-t" + threads,
            "-c" + clients,
            "-d" + seconds + "s",
            "--timeout",
            "30s",
            "-s",
            script.toString(),
            baseUrl,
            "--",
            paths.toString());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!p.waitFor(seconds + 60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("wrk did not finish in time");
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for wrk", e);
    }
    String json =
        out.lines().filter(l -> l.startsWith("{\"requests\"")).reduce((a, b) -> b).orElse(null);
    if (p.exitValue() != 0 || json == null) {
      throw new IOException("wrk failed (exit " + p.exitValue() + "): " + out.strip());
    }
    return parse(clients, JSON.readTree(json));
  }

  /** The result of one wrk level from the JSON line the script prints. */
  static LoadResult parse(int clients, JsonNode j) {
    long all = j.get("requests").asLong();
    long rejected = j.get("rejected").asLong();
    long errors =
        j.get("failed").asLong() + j.get("socket_errors").asLong() + j.get("timeouts").asLong();
    long answered = Math.max(0, all - rejected - j.get("failed").asLong());
    double seconds = j.get("seconds").asDouble();
    String firstError =
        errors == 0
            ? null
            : String.format(
                "%d 5xx/3xx, %d socket errors, %d timeouts",
                j.get("failed").asLong(),
                j.get("socket_errors").asLong(),
                j.get("timeouts").asLong());
    // No completed request, no latency: wrk reports 0 then, which would read as instant.
    boolean none = all == 0;
    return new LoadResult(
        clients,
        answered,
        rejected,
        rejected == 0 ? null : rejected + " answers with a 4xx (wrk keeps no bodies)",
        errors,
        firstError,
        seconds > 0 ? answered / seconds : Double.NaN,
        none ? Double.NaN : j.get("p50_us").asLong() / 1000.0,
        none ? Double.NaN : j.get("p95_us").asLong() / 1000.0,
        none ? Double.NaN : j.get("p99_us").asLong() / 1000.0);
  }
}
