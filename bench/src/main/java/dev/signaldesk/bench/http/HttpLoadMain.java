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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTTP load generator (child JVM). Arguments: base URL (loopback), clients, seconds, maximum
 * requests, and a file with one request path per line. Sends the paths in order, round robin, with
 * closed-loop clients; a non-200 answer is an error. Prints one JSON object on stdout.
 */
public final class HttpLoadMain {

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  private static volatile String firstRejection;

  private HttpLoadMain() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length != 5) {
      System.err.println(
          "usage: HttpLoadMain <base-url> <clients> <seconds> <max-requests> <paths-file>");
      System.exit(2);
    }
    URI base = URI.create(args[0]);
    String host = base.getHost();
    if (!"127.0.0.1".equals(host) && !"localhost".equals(host) && !"[::1]".equals(host)) {
      System.err.println("refusing a non-loopback target: " + host);
      System.exit(2);
    }
    int clients = Integer.parseInt(args[1]);
    Duration time = Duration.ofSeconds(Long.parseLong(args[2]));
    int max = Integer.parseInt(args[3]);
    List<String> paths =
        Files.readAllLines(Path.of(args[4])).stream().filter(l -> !l.isBlank()).toList();
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
    // Warm up connections and the server's JIT with a few rounds, unmeasured.
    LoadRunner.run(
        clients,
        Duration.ofSeconds(2),
        requests.size() * 10,
        n -> send(http, requests.get(n % requests.size())));
    firstRejection = null;
    LoadRunner.Outcome o =
        LoadRunner.run(clients, time, max, n -> send(http, requests.get(n % requests.size())));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("requests", o.latencies().count());
    out.put("errors", o.errors());
    out.put("rejected", o.rejected());
    out.put("firstRejection", firstRejection);
    out.put("firstError", o.firstError());
    out.put("seconds", o.seconds());
    out.put("qps", o.requestsPerSecond());
    out.put("p50", o.latencies().percentileMillis(50));
    out.put("p95", o.latencies().percentileMillis(95));
    out.put("p99", o.latencies().percentileMillis(99));
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
