package dev.signaldesk.bench.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs {@link HttpLoadMain} in one child JVM for all client counts (one JVM start and one warm-up
 * per scenario, not per level) and reads its JSON answer.
 */
public final class JavaLoadClient implements HttpLoad {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String java;
  private final String classPath;

  /**
   * @param java the java launcher
   * @param classPath a class path holding {@link HttpLoadMain} and Jackson (the bench jar)
   */
  public JavaLoadClient(String java, String classPath) {
    this.java = java;
    this.classPath = classPath;
  }

  @Override
  public String name() {
    return "java";
  }

  @Override
  public Optional<String> unavailable() {
    return classPath == null || classPath.isBlank()
        ? Optional.of("no class path for the load-generator JVM")
        : Optional.empty();
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
    Path file = Files.createTempFile("bench-paths-", ".txt");
    try {
      Files.write(file, paths, StandardCharsets.UTF_8);
      Process p =
          new ProcessBuilder(
                  java,
                  "-Xmx256m",
                  "-cp",
                  classPath,
                  HttpLoadMain.class.getName(),
                  baseUrl,
                  clientCounts.stream().map(String::valueOf).collect(Collectors.joining(",")),
                  Long.toString(window.toMillis()),
                  Integer.toString(maxRequests),
                  Long.toString(warmUp.toMillis()),
                  file.toString())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      byte[] out = p.getInputStream().readAllBytes();
      long allowed = warmUp.toSeconds() + window.toSeconds() * clientCounts.size() + 120;
      if (!p.waitFor(allowed, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("the load generator did not finish in time");
      }
      if (p.exitValue() != 0) {
        throw new IOException("the load generator failed with exit code " + p.exitValue());
      }
      String text = new String(out, StandardCharsets.UTF_8).strip();
      JsonNode levels = JSON.readTree(text.substring(text.lastIndexOf('\n') + 1));
      List<LoadResult> results = new ArrayList<>();
      for (JsonNode json : levels) {
        results.add(
            new LoadResult(
                json.get("clients").asInt(),
                json.get("requests").asLong(),
                json.get("rejected").asLong(),
                textOrNull(json.get("firstRejection")),
                json.get("errors").asLong(),
                textOrNull(json.get("firstError")),
                json.get("qps").asDouble(),
                json.get("p50").asDouble(),
                json.get("p95").asDouble(),
                json.get("p99").asDouble()));
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the load generator", e);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static String textOrNull(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }
}
