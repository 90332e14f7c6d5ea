package dev.signaldesk.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.api.conf.ServerProperties;
import dev.signaldesk.api.testing.DemoCorpusDataDir;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Search and signals under load while a large chat import runs over HTTP, on the demo corpus.
 *
 * <p>{@value #CLIENTS} Java clients send a fixed mix of searches (Chinese, English, field, prefix,
 * chat-only) and signal series (price series and receipts per model, sell-off pressure, sentiment)
 * from the moment the upload starts until it has finished and each client has sent at least {@link
 * #MIN_REQUESTS_PER_CLIENT}; when {@code wrk} is installed, two {@code wrk} processes load one
 * search and one price-series URL for {@link #WRK_SECONDS} seconds at the same time. Properties:
 * the import succeeds with every message imported; every request answers 200 (wrk: no non-2xx
 * answers, no socket errors); after the import the imported messages are searchable. Latencies
 * (p50, p99, max) are printed for {@code docs/reliability.md}; nothing is asserted on speed.
 *
 * <p>Long for plain {@code mvn verify}: it runs when {@code -Dreliability.load.messages} is set
 * ({@code -Preliability-long} sets 30,000; {@code .ci/run} 10,000), with {@code
 * -Dreliability.load.wrk-seconds} of wrk (profile: 20; default 3).
 */
@MicronautTest
@EnabledIfSystemProperty(
    named = "reliability.load.messages",
    matches = "\\d+",
    disabledReason = "about a minute: runs under -Preliability-long and in .ci/run")
class ImportLoadTest extends DemoCorpusDataDir {
  static final int CLIENTS = 4;
  static final int MESSAGES = Integer.getInteger("reliability.load.messages", 3_000);
  static final int MIN_REQUESTS_PER_CLIENT = 50;
  static final int WRK_SECONDS = Integer.getInteger("reliability.load.wrk-seconds", 3);
  private static final String MARKER = "loadmarker";

  private static final List<String> MIX =
      List.of(
          "/api/search?q=" + enc("H100 租金") + "&limit=20",
          "/api/search?q=" + enc("抛售 OR selloff") + "&sort=newest",
          "/api/search?q=" + enc("4090D") + "&kind=chat",
          "/api/search?q=" + enc("rent*") + "&limit=10",
          "/api/search?q=" + enc("source:36kr 算力"),
          "/api/signals/prices?model=H100&interval=month",
          "/api/signals/prices?model=A800&kind=SALE&interval=week",
          "/api/signals/prices/receipts?model=H100&interval=month&period=2025-01",
          "/api/signals/selloff?interval=month",
          "/api/signals/sentiment?interval=week");

  @Inject EmbeddedServer server;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Override
  protected Map<String, String> extraProperties() {
    try {
      Path config =
          Files.writeString(
              dataDir.resolve("load.yml"), "api:\n  rate-limit-per-minute: 10000000\n");
      return Map.of(ServerProperties.CONFIG_FILE, config.toAbsolutePath().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void searchAndSignalsAnswerWithoutErrorsWhileALargeImportRuns() throws Exception {
    for (String path : MIX) {
      HttpResponse<String> r = get(path);
      assertThat(r.statusCode()).as(path + " → " + r.body()).isEqualTo(200);
    }
    Path export = writeWhatsAppExport(dataDir.resolve("WhatsApp Chat with Compute Desk.txt"));
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
    Future<HttpResponse<String>> upload = pool.submit(() -> postImport(export));
    List<Future<?>> clients = new ArrayList<>();
    AtomicInteger sent = new AtomicInteger();
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      clients.add(
          pool.submit(
              () -> {
                for (int i = 0; i < MIN_REQUESTS_PER_CLIENT || !upload.isDone(); i++) {
                  String path = MIX.get((client * 3 + i) % MIX.size());
                  long start = System.nanoTime();
                  HttpResponse<String> r = get(path);
                  latencies.add((System.nanoTime() - start) / 1_000_000);
                  sent.incrementAndGet();
                  if (r.statusCode() != 200 && failures.size() < 10) {
                    failures.add(path + " → " + r.statusCode() + " " + r.body());
                  }
                }
              }));
    }
    Wrk.Result wrkSearch = null;
    Wrk.Result wrkPrices = null;
    if (Wrk.available()) {
      CompletableFuture<Wrk.Result> a =
          CompletableFuture.supplyAsync(() -> Wrk.run(url(MIX.get(0)), ADMIN_KEY, WRK_SECONDS));
      CompletableFuture<Wrk.Result> b =
          CompletableFuture.supplyAsync(() -> Wrk.run(url(MIX.get(5)), ADMIN_KEY, WRK_SECONDS));
      wrkSearch = a.get();
      wrkPrices = b.get();
    }
    HttpResponse<String> imported = upload.get();
    for (Future<?> f : clients) {
      f.get();
    }
    pool.shutdown();

    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(imported.body()).contains("\"imported\":" + MESSAGES);
    assertThat(failures).as("failed requests (first 10)").isEmpty();
    HttpResponse<String> found =
        get("/api/search?q=" + MARKER + "&kind=chat&limit=1&collapse=false");
    assertThat(found.body()).contains("\"total\":" + MESSAGES);
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.printf(
        "ImportLoadTest: %d messages imported over HTTP; Java clients: %d requests, 0 errors,"
            + " p50 %d ms, p99 %d ms, max %d ms%n",
        MESSAGES,
        sent.get(),
        sorted.get(sorted.size() / 2),
        sorted.get((int) (sorted.size() * 0.99)),
        sorted.get(sorted.size() - 1));
    for (Wrk.Result w : new Wrk.Result[] {wrkSearch, wrkPrices}) {
      if (w != null) {
        assertThat(w.non2xx()).as(w.output()).isZero();
        assertThat(w.socketErrors()).as(w.output()).isZero();
        assertThat(w.requests()).as(w.output()).isPositive();
        System.out.printf("ImportLoadTest: wrk %s%n", w.summary());
      }
    }
  }

  private String url(String path) {
    return server.getURL() + path;
  }

  private HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
  }

  private HttpResponse<String> postImport(Path export) throws IOException {
    return send(
        LoopbackRequests.importUpload(
            HttpRequest.newBuilder(URI.create(url("/api/imports"))),
            export.getFileName().toString(),
            Files.readAllBytes(export),
            "Compute Desk"));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    return LoopbackRequests.send(http, request, ADMIN_KEY);
  }

  /** Distinct invented trading messages, one a minute, in WhatsApp's iOS export form. */
  private static Path writeWhatsAppExport(Path file) throws IOException {
    String[] offers = {
      "WTS 8x H100 SXM node, %dk CNY/month, Ningxia DC",
      "出 A800 整机 %d 台，杭州现货，价格可谈",
      "H20 96G 8卡 月租 %d000 一台，急出",
      "RTX 4090 rent %d yuan per card-day, min 30 days",
    };
    return WhatsAppExportFile.write(
        file,
        LocalDateTime.of(2026, 3, 2, 9, 0),
        MESSAGES,
        new String[] {"Kevin Zhao", "Linda Wu", "Marcus Hale", "Grace Lin", "Tony Sun"},
        i -> String.format(offers[i % offers.length], 40 + i % 50) + " " + MARKER + " #" + i);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
