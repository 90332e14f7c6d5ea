package dev.signaldesk.api.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.signaldesk.api.testing.JdkHttp;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the server with SIGKILL while it delivers webhooks, again and again on the same data
 * directory, then lets it finish. The server runs in a child JVM ({@link AlertServerChild}) with
 * saved queries whose webhooks point at a WireMock receiver in this JVM; a chat import over HTTP
 * gives every query the same matches. The receiver counts the deliveries it is sent and kills the
 * child when the count reaches a random point, so the kill lands while deliveries are in flight:
 * some before the receiver answered, some after it answered but before the server recorded it.
 *
 * <p>Properties (the receiver deduplicates by {@code X-SignalDesk-Delivery}): no alert lost (every
 * query has every match, each match's delivery reached the receiver and is recorded DELIVERED);
 * none delivered twice under two ids (one delivery id per saved query and report); a delivery sent
 * again after a kill carries the same id and the same signed body. Kills: {@code
 * -Dreliability.kills} (default {@value #DEFAULT_KILLS}).
 */
class AlertDeliveryCrashTest {
  static final int DEFAULT_KILLS = 2;
  static final int KILLS = Integer.getInteger("reliability.kills", DEFAULT_KILLS);
  static final String ANALYST = "crash-analyst-key-000001";
  static final String ADMIN = "crash-admin-key-00000002";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Invented trading-group messages, each about something else, so each is its own story. */
  private static final String[] MESSAGES = {
    "WTS 8x H100 SXM node in Ningxia, 62k CNY/month, 3-year contract available",
    "出两台 H100 整机，杭州机房现货，价格私聊，可以先看机器再付款",
    "Anyone buying H100 PCIe cards? Batch of 40, ex-lease, invoices available",
    "上海客户求租 H100 算力 256 卡，三个月起租，预算每卡每小时 11 元以内",
    "H100 cluster in Guian lost its anchor tenant, operator now discounting 30% for Q1",
    "内蒙古一家智算中心的 H100 上架率不到四成，机柜大量空置，正在找人接盘",
    "Reminder: the H100 auction for the Wuhu datacenter closes Friday noon, reserve price undisclosed",
    "朋友公司 H100 服务器抵押贷款到期，打包出售 20 台，附带三年维保",
  };

  @TempDir Path data;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void killedWhileDeliveringLosesNoAlertAndSendsNoneUnderTwoIds() throws Exception {
    // At most 15 deliveries per kill, so that some are always left for the next one.
    int queries = Math.max(12, 3 * KILLS);
    Path config = writeConfig();
    WireMockServer receiver = new WireMockServer(options().dynamicPort());
    Map<String, List<String>> bodiesById = new ConcurrentHashMap<>();
    AtomicInteger received = new AtomicInteger();
    AtomicInteger killAt = new AtomicInteger(Integer.MAX_VALUE);
    AtomicReference<Process> current = new AtomicReference<>();
    Semaphore arrivals = new Semaphore(0);
    receiver.addMockServiceRequestListener(
        (request, response) -> {
          String id = request.getHeader("X-SignalDesk-Delivery");
          bodiesById
              .computeIfAbsent(id, k -> Collections.synchronizedList(new ArrayList<>()))
              .add(request.getHeader("X-SignalDesk-Signature") + " " + request.getBodyAsString());
          if (received.incrementAndGet() >= killAt.get()) {
            Process p = current.get();
            if (p != null) {
              p.destroyForcibly(); // SIGKILL, whatever the server is doing
            }
          }
          arrivals.release();
        });
    receiver.start();
    receiver.stubFor(
        post(urlPathMatching("/hooks/.*"))
            .willReturn(aResponse().withStatus(200).withFixedDelay(20)));
    Random random = new Random(11);
    int kills = 0;
    try {
      List<String> ids = new ArrayList<>();
      Child first = start(config, current);
      for (int q = 0; q < queries; q++) {
        String body =
            "{\"name\":\"H100 desk %d\",\"query\":\"H100\",\"webhookUrl\":\"http://127.0.0.1:%d/hooks/%d\"}"
                .formatted(q, receiver.port(), q);
        HttpResponse<String> r = send(first.port(), "POST", "/api/saved-queries", ANALYST, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        ids.add(JSON.readTree(r.body()).path("id").asText());
      }
      // Armed before the import: deliveries start as soon as its commit is matched, and on a slow
      // machine they can all be sent before the import's answer arrives. A kill that lands before
      // that answer is fine: a delivery exists only after the import was committed and matched.
      killAt.set(1 + random.nextInt(15));
      try {
        HttpResponse<String> imported = importMessages(first.port());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
      } catch (UncheckedIOException killedBeforeTheAnswer) {
        assertThat(first.process().waitFor(60, TimeUnit.SECONDS))
            .as("the import failed without a kill: %s", killedBeforeTheAnswer)
            .isTrue();
      }
      Child child = first;
      int runsLeft = KILLS;
      while (runsLeft > 0) {
        if (!killedOrDone(child, ids)) {
          break; // this server sent every remaining alert before its kill point: no kill to make
        }
        kills++;
        runsLeft--;
        killAt.set(runsLeft > 0 ? received.get() + 1 + random.nextInt(15) : Integer.MAX_VALUE);
        child = start(config, current);
        if (child.port() < 0) {
          assertThat(received.get())
              .as("a server that died before ready was killed by us: %s", child.output())
              .isGreaterThanOrEqualTo(killAt.get());
        }
      }
      assertThat(kills).as("kills made (%d asked for)", KILLS).isPositive();

      assertThat(child.port()).as("the last server started: %s", child.output()).isPositive();
      Map<String, List<JsonNode>> perQuery = awaitAllDelivered(child.port(), ids, arrivals);
      child.process().destroyForcibly();
      child.process().waitFor(60, TimeUnit.SECONDS);

      Map<String, JsonNode> deliveries = new HashMap<>();
      perQuery
          .values()
          .forEach(list -> list.forEach(d -> deliveries.put(d.path("id").asText(), d)));
      assertThat(perQuery.values())
          .as("every saved query has every match (none lost at a kill)")
          .allSatisfy(list -> assertThat(list).hasSize(MESSAGES.length));
      assertThat(deliveries.values())
          .allSatisfy(d -> assertThat(d.path("status").asText()).isEqualTo("DELIVERED"));
      assertThat(bodiesById.keySet())
          .as("the receiver saw every delivery id, and no other")
          .isEqualTo(deliveries.keySet());
      Set<String> alerts = new HashSet<>();
      for (List<String> sent : bodiesById.values()) {
        assertThat(Set.copyOf(sent)).as("a resent delivery repeats its signed body").hasSize(1);
        JsonNode payload = JSON.readTree(sent.get(0).substring(sent.get(0).indexOf(' ') + 1));
        String alert =
            payload.path("savedQueryId").asText() + " " + payload.path("match").path("reportId");
        assertThat(alerts.add(alert)).as("one delivery id per alert: %s", alert).isTrue();
      }
      int resent = received.get() - bodiesById.size();
      System.out.printf(
          "AlertDeliveryCrashTest: %d kills survived (%d asked for), %d alerts delivered, 0 lost,"
              + " 0 under two ids; %d resent with the same id (at least once)%n",
          kills, KILLS, bodiesById.size(), resent);
    } finally {
      Process p = current.get();
      if (p != null) {
        p.destroyForcibly();
      }
      receiver.stop();
    }
  }

  /**
   * Each saved query's deliveries, once every one is DELIVERED (or after 3 minutes); woken by each
   * arrival at the receiver rather than by a timer.
   */
  /**
   * Waits until the receiver's kill point kills the child (true) or the child has delivered every
   * alert without reaching it (false: on a slow start the scheduler may deliver before the kill
   * point was armed relative to it).
   */
  private boolean killedOrDone(Child child, List<String> ids) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (!child.process().waitFor(1, TimeUnit.SECONDS)) {
      boolean done;
      try {
        done = allDelivered(child.port(), ids);
      } catch (UncheckedIOException dying) {
        continue;
      }
      if (done) {
        return false;
      }
      assertThat(System.nanoTime()).as("child said %s", child.output()).isLessThan(deadline);
    }
    return true;
  }

  private boolean allDelivered(int port, List<String> ids) throws Exception {
    for (String id : ids) {
      HttpResponse<String> r =
          send(port, "GET", "/api/saved-queries/" + id + "/deliveries", ANALYST, null);
      JsonNode list = JSON.readTree(r.body());
      if (list.size() < MESSAGES.length) {
        return false;
      }
      for (JsonNode d : list) {
        if (!d.path("status").asText().equals("DELIVERED")) {
          return false;
        }
      }
    }
    return true;
  }

  private Map<String, List<JsonNode>> awaitAllDelivered(
      int port, List<String> ids, Semaphore arrivals) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (true) {
      Map<String, List<JsonNode>> perQuery = new HashMap<>();
      boolean done = true;
      for (String id : ids) {
        HttpResponse<String> r =
            send(port, "GET", "/api/saved-queries/" + id + "/deliveries", ANALYST, null);
        List<JsonNode> list = new ArrayList<>();
        JSON.readTree(r.body()).forEach(list::add);
        perQuery.put(id, list);
        done &=
            list.size() >= MESSAGES.length
                && list.stream().allMatch(d -> d.path("status").asText().equals("DELIVERED"));
      }
      if (done || System.nanoTime() > deadline) {
        return perQuery;
      }
      arrivals.tryAcquire(1, TimeUnit.SECONDS);
    }
  }

  private Path writeConfig() throws IOException {
    return Files.writeString(
        data.resolve("server.yml"),
        """
        alerts:
          webhooks:
            allow-private: true
            max-attempts: 20
            initial-backoff: 1s
            timeout: 10s
        api:
          rate-limit-per-minute: 1000000
          keys:
            - {key: "%s", role: analyst, owner: alice}
            - {key: "%s", role: admin, owner: root}
        """
            .formatted(ANALYST, ADMIN));
  }

  record Child(Process process, int port, List<String> output) {}

  private Child start(Path config, AtomicReference<Process> current) throws Exception {
    Process p =
        ChildJvm.of(
                "512m",
                AlertServerChild.class,
                data.resolve("server").toString(),
                config.toString())
            .start();
    current.set(p);
    CompletableFuture<Integer> port = new CompletableFuture<>();
    List<String> output = Collections.synchronizedList(new ArrayList<>());
    Thread drain =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                  if (line.startsWith("ready ")) {
                    port.complete(Integer.parseInt(line.substring(6).trim()));
                  } else if (output.size() < 200) {
                    output.add(line);
                  }
                }
              } catch (IOException e) {
                // the child was killed
              }
              port.completeExceptionally(new IllegalStateException("child ended: " + output));
            },
            "alert-child-output");
    drain.setDaemon(true);
    drain.start();
    try {
      return new Child(p, port.get(120, TimeUnit.SECONDS), output);
    } catch (java.util.concurrent.ExecutionException endedBeforeReady) {
      // The scheduler starts before the HTTP server: the kill point can be reached (and the child
      // killed) before it prints ready. That is a kill like any other; port -1 says so.
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("child ended: %s", output).isTrue();
      return new Child(p, -1, output);
    }
  }

  private HttpResponse<String> importMessages(int port) {
    StringBuilder export = new StringBuilder();
    for (int i = 0; i < MESSAGES.length; i++) {
      export
          .append("[0")
          .append(i + 1)
          .append("/11/2026, 10:1")
          .append(i)
          .append(":00] Trader ")
          .append((char) ('A' + i))
          .append(": ")
          .append(MESSAGES[i])
          .append('\n');
    }
    HttpRequest.Builder b =
        LoopbackRequests.importUpload(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/imports")),
            "WhatsApp Chat with H100 Desk.txt",
            export.toString().getBytes(StandardCharsets.UTF_8),
            null);
    return send(b, ADMIN);
  }

  private HttpResponse<String> send(int port, String method, String path, String key, String json) {
    return send(JdkHttp.request(URI.create("http://127.0.0.1:" + port + path), method, json), key);
  }

  private HttpResponse<String> send(HttpRequest.Builder b, String key) {
    return LoopbackRequests.send(http, b, key);
  }
}
