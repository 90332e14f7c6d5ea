package dev.signaldesk.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A bounded load on loopback: {@value #CLIENTS} clients send {@link #REQUESTS} searches in total (a
 * fixed mix of Chinese, English, field and prefix queries, both sort orders) while analysts create
 * saved queries. Properties: no errors (every answer 200, or 201 for the writes); the p50/p99/max
 * latencies are printed for {@code docs/reliability.md}. Not a benchmark: nothing is asserted on
 * speed.
 */
class SearchLoadTest {

  static final int CLIENTS = 4;
  static final int REQUESTS = Integer.getInteger("reliability.load.requests", 2_000);
  private static final String[] QUERIES = {
    "H100 租金", "4090D", "抛售 OR selloff", "rent*", "source:36kr", "A800 整机", "算力", "GPU-hour",
  };

  @Test
  void searchesUnderConcurrentWritesAllSucceed() throws Exception {
    try (ReliabilityApp app = ReliabilityApp.start()) {
      AtomicInteger next = new AtomicInteger();
      AtomicInteger errors = new AtomicInteger();
      List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        running.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
                    String q =
                        URLEncoder.encode(QUERIES[i % QUERIES.length], StandardCharsets.UTF_8);
                    String sort = i % 2 == 0 ? "relevance" : "newest";
                    HttpResponse<String> r =
                        app.request(
                            "GET",
                            "/api/search?q=" + q + "&sort=" + sort + "&limit=20",
                            ReliabilityApp.READER,
                            null);
                    if (r.statusCode() != 200) {
                      errors.incrementAndGet();
                      if (firstErrors.size() < 5) {
                        firstErrors.add(r.statusCode() + " " + r.body());
                      }
                    }
                  }
                }));
      }
      running.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 50; i++) {
                  HttpResponse<String> r =
                      app.request(
                          "POST",
                          "/api/saved-queries",
                          ReliabilityApp.ANALYST,
                          "{\"name\":\"load " + i + "\",\"query\":\"H100 租金\"}");
                  if (r.statusCode() != 201) {
                    errors.incrementAndGet();
                    firstErrors.add(r.statusCode() + " " + r.body());
                  }
                }
              }));
      for (Future<?> f : running) {
        f.get();
      }
      pool.shutdown();
      assertThat(errors.get()).as(firstErrors.toString()).isZero();
      List<Long> sorted = new ArrayList<>(app.latencies);
      Collections.sort(sorted);
      System.out.printf(
          "SearchLoadTest: %d requests, %d clients, 0 errors, p50 %d ms, p99 %d ms, max %d ms%n",
          sorted.size(),
          CLIENTS,
          sorted.get(sorted.size() / 2),
          sorted.get((int) (sorted.size() * 0.99)),
          sorted.get(sorted.size() - 1));
    }
  }
}
