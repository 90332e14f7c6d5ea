package dev.signaldesk.bench.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signaldesk.bench.measure.LoadRunner;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTTP load generator (child JVM). Arguments: base URL (loopback), client counts
 * (comma-separated), window in ms, maximum requests per level, warm-up in ms, and a file with one
 * request path per line. Warms up once, then runs each client count in turn, sending the paths in
 * order, round robin, from closed-loop clients; a 4xx is a refusal, any other non-200 answer an
 * error. Prints a JSON array with one object per client count on stdout.
 */
public final class HttpLoadMain {

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  private static volatile String firstRejection;

  private HttpLoadMain() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length != 6) {
      System.err.println(
          "usage: HttpLoadMain <base-url> <clients,...> <window-ms> <max-requests> <warm-up-ms>"
              + " <paths-file>");
      System.exit(2);
    }
    URI base = URI.create(args[0]);
    String host = base.getHost();
    if (!"127.0.0.1".equals(host) && !"localhost".equals(host) && !"[::1]".equals(host)) {
      System.err.println("refusing a non-loopback target: " + host);
      System.exit(2);
    }
    List<Integer> levels = Arrays.stream(args[1].split(",")).map(Integer::valueOf).toList();
    Duration window = Duration.ofMillis(Long.parseLong(args[2]));
    int max = Integer.parseInt(args[3]);
    Duration warmUp = Duration.ofMillis(Long.parseLong(args[4]));
    List<String> paths =
        Files.readAllLines(Path.of(args[5])).stream().filter(l -> !l.isBlank()).toList();
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(REQUEST_TIMEOUT)
            .build();
    List<HttpRequest> requests =
        paths.stream()
            .map(
                p -> HttpRequest.newBuilder(base.resolve(p)).timeout(REQUEST_TIMEOUT).GET().build())
            .toList();
    // Warm up connections and the server's JIT once, unmeasured, at the highest concurrency.
    LoadRunner.run(
        levels.stream().max(Integer::compare).orElse(1),
        warmUp,
        requests.size() * 10,
        n -> send(http, requests.get(n % requests.size())));
    List<Map<String, Object>> out = new ArrayList<>();
    for (int clients : levels) {
      firstRejection = null;
      LoadRunner.Outcome o =
          LoadRunner.run(clients, window, max, n -> send(http, requests.get(n % requests.size())));
      Map<String, Object> level = new LinkedHashMap<>();
      level.put("clients", clients);
      level.put("requests", o.latencies().count());
      level.put("errors", o.errors());
      level.put("rejected", o.rejected());
      level.put("firstRejection", firstRejection);
      level.put("firstError", o.firstError());
      level.put("seconds", o.seconds());
      level.put("qps", o.requestsPerSecond());
      level.put("p50", o.latencies().percentileMillis(50));
      level.put("p95", o.latencies().percentileMillis(95));
      level.put("p99", o.latencies().percentileMillis(99));
      out.add(level);
    }
    System.out.println(new ObjectMapper().writeValueAsString(out));
  }

  /** True when answered (200), false when refused (4xx); throws on 5xx and I/O failures. */
  private static boolean send(HttpClient http, HttpRequest request)
      throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    int status = response.statusCode();
    if (status >= 400 && status < 500) {
      if (firstRejection == null) {
        firstRejection = describe(request, response);
      }
      return false;
    }
    if (status != 200) {
      throw new IOException(describe(request, response));
    }
    return true;
  }

  private static String describe(HttpRequest request, HttpResponse<String> response) {
    String body = response.body();
    return "HTTP "
        + response.statusCode()
        + " for "
        + request.uri().getRawPath()
        + "?"
        + request.uri().getRawQuery()
        + ": "
        + body.substring(0, Math.min(300, body.length()));
  }
}
