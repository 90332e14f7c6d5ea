package dev.signaldesk.bench.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@link HttpLoadMain} in a child JVM and reads its JSON answer. */
public final class LoadClientProcess {

  /**
   * What the load generator measured.
   *
   * @param requests successful (200) requests
   * @param rejected requests the server refused with a 4xx (e.g. an unknown query field)
   * @param firstRejection the first refusal, or null
   * @param errors failed requests (non-200 or I/O)
   * @param firstError the first failure, or null
   * @param qps successful requests per second
   * @param p50 latency percentiles in ms
   */
  public record Result(
      long requests,
      long rejected,
      String firstRejection,
      long errors,
      String firstError,
      double qps,
      double p50,
      double p95,
      double p99) {}

  private LoadClientProcess() {}

  public static Result run(
      String java,
      String classPath,
      String baseUrl,
      int clients,
      Duration time,
      int maxRequests,
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
                  Integer.toString(clients),
                  Long.toString(Math.max(1, time.toSeconds())),
                  Integer.toString(maxRequests),
                  file.toString())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(time.toSeconds() + 120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("the load generator did not finish in time");
      }
      if (p.exitValue() != 0) {
        throw new IOException("the load generator failed with exit code " + p.exitValue());
      }
      String text = new String(out, StandardCharsets.UTF_8).strip();
      JsonNode json = new ObjectMapper().readTree(text.substring(text.lastIndexOf('\n') + 1));
      return new Result(
          json.get("requests").asLong(),
          json.get("rejected").asLong(),
          json.get("firstRejection").isNull() ? null : json.get("firstRejection").asText(),
          json.get("errors").asLong(),
          json.get("firstError").isNull() ? null : json.get("firstError").asText(),
          json.get("qps").asDouble(),
          json.get("p50").asDouble(),
          json.get("p95").asDouble(),
          json.get("p99").asDouble());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the load generator", e);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
