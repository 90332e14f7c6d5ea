package dev.signaldesk.bench.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Both load generators against a loopback server that answers 200, 400 or 500 by path: each level
 * is reported in order, refusals are counted apart from answers, and failures are errors.
 */
class LoadGeneratorsTest {

  private static final Duration WINDOW = Duration.ofSeconds(1);
  private static final Duration LONG_WINDOW = Duration.ofMinutes(2);
  private static final Duration WARM_UP = Duration.ofMillis(100);

  private HttpServer server;
  private String url;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/ok", ex -> answer(ex, 200, "{\"hits\":[]}"));
    server.createContext("/bad", ex -> answer(ex, 400, "{\"title\":\"Query syntax error\"}"));
    server.createContext("/boom", ex -> answer(ex, 500, "{\"title\":\"Internal error\"}"));
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
    url = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static void answer(com.sun.net.httpserver.HttpExchange ex, int status, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static HttpLoad javaClient() {
    return new JavaLoadClient(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        System.getProperty("java.class.path"));
  }

  @Test
  void javaClientReportsEachLevelWithRefusalsApartFromAnswers() throws IOException {
    // A request budget, not the window, ends each level: 20 requests cycling two paths.
    List<LoadResult> levels =
        javaClient().run(url, List.of(1, 2), LONG_WINDOW, 20, WARM_UP, List.of("/ok", "/bad"));
    assertThat(levels).extracting(LoadResult::clients).containsExactly(1, 2);
    assertThat(levels)
        .allSatisfy(
            r -> {
              assertThat(r.requests()).isEqualTo(10);
              assertThat(r.rejected()).isEqualTo(10);
              assertThat(r.errors()).isZero();
              assertThat(r.firstRejection()).contains("HTTP 400", "/bad");
              assertThat(r.p99()).isGreaterThanOrEqualTo(r.p50());
            });
  }

  @Test
  void javaClientCountsServerErrorsAsErrorsNeverAsAnswers() throws IOException {
    LoadResult r =
        javaClient().run(url, List.of(2), LONG_WINDOW, 12, WARM_UP, List.of("/boom")).get(0);
    assertThat(r.requests()).isZero();
    assertThat(r.errors()).isEqualTo(12);
    assertThat(r.firstError()).contains("HTTP 500");
  }

  @Test
  void wrkReportsEachLevelWithRefusalsApartFromAnswers() throws IOException {
    WrkLoad wrk = new WrkLoad("wrk");
    assumeTrue(wrk.unavailable().isEmpty(), "wrk is not installed");
    List<LoadResult> levels =
        wrk.run(url, List.of(1, 4), WINDOW, 0, WARM_UP, List.of("/ok", "/bad", "/boom"));
    assertThat(levels).extracting(LoadResult::clients).containsExactly(1, 4);
    assertThat(levels)
        .allSatisfy(
            r -> {
              assertThat(r.requests()).isPositive();
              assertThat(r.rejected()).isPositive();
              assertThat(r.errors()).isPositive();
              assertThat(r.firstError()).contains("5xx");
            });
  }

  @Test
  void aWrkLevelThatCompletedNothingHasNoLatencyRatherThanZero() throws Exception {
    LoadResult r = wrkLine(0, 0, 0, 0, 0, 0);
    assertThat(r.requests()).isZero();
    assertThat(r.p99()).isNaN();
  }

  @Test
  void aMissingWrkIsReportedAsUnavailableWithTheFix() {
    assertThat(new WrkLoad("/nonexistent/wrk-not-here").unavailable())
        .hasValueSatisfying(reason -> assertThat(reason).contains("apt-get install wrk"));
  }

  @Test
  void wrkScriptOutputBecomesAResultWithoutRefusalsOrFailuresCountedAsAnswers() throws Exception {
    LoadResult r = wrkLine(1200, 200, 100, 3, 1, 25_000);
    assertThat(r.requests()).isEqualTo(900);
    assertThat(r.qps()).isEqualTo(450.0);
    assertThat(r.rejected()).isEqualTo(200);
    assertThat(r.errors()).isEqualTo(104);
    assertThat(r.p99()).isEqualTo(25.0);
    assertThat(r.firstError()).isEqualTo("100 5xx/3xx, 3 socket errors, 1 timeouts");
  }

  /** What the wrk script prints for a 2-second level at 8 clients (p50 and p95 below p99). */
  private static LoadResult wrkLine(
      long requests, long rejected, long failed, long socketErrors, long timeouts, long p99Us)
      throws Exception {
    String json =
        String.format(
            "{\"requests\":%d,\"seconds\":2.0,\"rejected\":%d,\"failed\":%d,"
                + "\"socket_errors\":%d,\"timeouts\":%d,\"p50_us\":%d,\"p95_us\":%d,"
                + "\"p99_us\":%d}",
            requests, rejected, failed, socketErrors, timeouts, p99Us / 10, p99Us / 2, p99Us);
    return WrkLoad.parse(8, new com.fasterxml.jackson.databind.ObjectMapper().readTree(json));
  }
}
