package dev.signaldesk.crawler.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.signaldesk.config.ConfigLoader;
import dev.signaldesk.config.CrawlerConfig;
import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.config.SourceConfig;
import dev.signaldesk.crawler.crawl.CrawlRunner;
import dev.signaldesk.crawler.crawl.CrawlSummary;
import dev.signaldesk.crawler.crawl.SourceSummary;
import dev.signaldesk.crawler.fetch.HttpFetcher;
import dev.signaldesk.crawler.fetch.TestClock;
import dev.signaldesk.crawler.state.CrawlStateStore;
import dev.signaldesk.crawler.state.UrlState;
import dev.signaldesk.crawler.state.UrlStatus;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The crawler against a loopback server that misbehaves. Every case runs a real crawl pass over two
 * sources: {@code faulty}, whose feed, robots.txt or article misbehaves in one way, and {@code
 * healthy}, an ordinary feed with two articles on another host. Properties for every case: the pass
 * finishes (well inside a wall-clock limit, with a 1 s read timeout); the faulty URL ends in the
 * expected state and never counts as a stored document; the healthy source still stores both of its
 * articles; the heap stays bounded (an unbounded read of the 2 GiB gzip bomb or of a 10 MB line
 * would blow the 1 GiB test heap long before this test's check).
 */
class CrawlFaultMatrixTest {

  private static final Duration PASS_LIMIT = Duration.ofSeconds(60);
  private static final long HEAP_BOUND = 600L << 20;
  private static final int MAX_BODY = 12_000_000;
  private static FaultServer healthy;

  @TempDir Path data;

  /** One misbehaviour: routes on the faulty server, and where the faulty source starts. */
  record Fault(
      String name,
      String sourceType,
      String entryPath,
      String faultPath,
      Set<UrlStatus> expected,
      Setup setup) {
    @Override
    public String toString() {
      return name;
    }
  }

  @FunctionalInterface
  interface Setup {
    void on(FaultServer server) throws IOException;
  }

  @BeforeAll
  static void startHealthyHost() throws IOException {
    healthy = new FaultServer();
    // "localhost" rather than 127.0.0.1, so the healthy source is another host to the crawler.
    String base = "http://localhost:" + healthy.port();
    healthy.route(
        "/feed.xml",
        FaultServer.ok(
            "application/rss+xml; charset=utf-8",
            FaultPages.rss(List.of(base + "/ok/1.html", base + "/ok/2.html"))));
    healthy.route(
        "/ok/1.html", FaultServer.ok("text/html; charset=utf-8", FaultPages.article("算力周报一", 1)));
    healthy.route(
        "/ok/2.html", FaultServer.ok("text/html; charset=utf-8", FaultPages.article("算力周报二", 2)));
    healthy.route("/moved-here.html", FaultServer.ok("text/html", FaultPages.article("跨站", 9)));
  }

  @AfterAll
  static void stop() throws IOException {
    healthy.close();
  }

  static Stream<Arguments> faults() {
    Set<UrlStatus> error = Set.of(UrlStatus.FETCH_ERROR);
    Set<UrlStatus> anyOutcome =
        Set.of(
            UrlStatus.FETCHED,
            UrlStatus.PARSE_ERROR,
            UrlStatus.FETCH_ERROR,
            UrlStatus.BLOCKED,
            UrlStatus.DUPLICATE,
            UrlStatus.REDIRECT);
    return Stream.of(
            new Fault("connection refused", "feed", "/feed.xml", null, Set.of(), s -> {}),
            article(
                "reset mid-body",
                error,
                (socket, out) -> {
                  out.write(FaultServer.head(200, "OK", "text/html", "Content-Length: 20000"));
                  out.write(FaultPages.article("重置", 3).getBytes(StandardCharsets.UTF_8), 0, 500);
                  out.flush();
                  socket.setSoLinger(true, 0); // close with RST
                }),
            article(
                "slow drip",
                error,
                (socket, out) -> {
                  out.write(FaultServer.head(200, "OK", "text/html", "Content-Length: 5000"));
                  for (int i = 0; i < 40; i++) { // 4 s at most, the read timeout is 1 s
                    out.write('x');
                    out.flush();
                    Thread.sleep(100);
                  }
                }),
            article("stalled headers", error, (socket, out) -> Thread.sleep(4_000)),
            new Fault(
                "endless redirect chain",
                "feed",
                "/feed.xml",
                "/r/0",
                Set.of(UrlStatus.FETCH_ERROR, UrlStatus.REDIRECT),
                s ->
                    IntStream.range(0, 50)
                        .forEach(
                            i -> s.route("/r/" + i, FaultServer.redirect(302, "/r/" + (i + 1))))),
            new Fault(
                "redirect to another host",
                "feed",
                "/feed.xml",
                "/moved.html",
                anyOutcome,
                s ->
                    s.route(
                        "/moved.html",
                        FaultServer.redirect(
                            301, "http://localhost:" + healthy.port() + "/moved-here.html"))),
            article(
                "malformed chunked encoding",
                error,
                (socket, out) -> {
                  out.write(FaultServer.head(200, "OK", "text/html", "Transfer-Encoding: chunked"));
                  out.write("zz\r\n<html>broken\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }),
            article(
                "Content-Length longer than the body",
                error,
                (socket, out) -> {
                  out.write(FaultServer.head(200, "OK", "text/html", "Content-Length: 50000"));
                  out.write(FaultPages.article("短", 4).getBytes(StandardCharsets.UTF_8));
                }),
            article(
                "Content-Length shorter than the body",
                anyOutcome,
                (socket, out) -> {
                  byte[] body = FaultPages.article("长", 5).getBytes(StandardCharsets.UTF_8);
                  out.write(FaultServer.head(200, "OK", "text/html", "Content-Length: 120"));
                  out.write(body);
                }),
            article(
                "gzip bomb (2 GiB of zeros)",
                error,
                (socket, out) -> {
                  byte[] bomb = FaultPages.gzipBomb(32);
                  out.write(
                      FaultServer.head(
                          200,
                          "OK",
                          "text/html",
                          "Content-Encoding: gzip",
                          "Content-Length: " + bomb.length));
                  out.write(bomb);
                }),
            article(
                "10 MB single-line HTML",
                anyOutcome,
                FaultServer.ok("text/html; charset=utf-8", FaultPages.singleLineHtml(10_000_000))),
            article(
                "deeply nested HTML",
                anyOutcome,
                FaultServer.ok("text/html; charset=utf-8", FaultPages.deeplyNested(100_000))),
            article(
                "invalid UTF-8",
                anyOutcome,
                FaultServer.ok("text/html; charset=utf-8", invalidUtf8())),
            article(
                "mixed UTF-8 and GBK",
                anyOutcome,
                FaultServer.ok("text/html; charset=utf-8", mixedEncodings())),
            withRobots(
                "huge robots.txt",
                FaultServer.ok(
                    "text/plain", "User-agent: *\n" + "Disallow: /private/x\n".repeat(400_000))),
            withRobots("malformed robots.txt", FaultServer.ok("text/plain", garbage(200_000))),
            new Fault(
                "feed with 100k items",
                "feed",
                "/feed-100k.xml",
                null,
                Set.of(),
                s ->
                    s.route(
                        "/feed-100k.xml",
                        FaultServer.ok(
                            "application/rss+xml",
                            FaultPages.rss(
                                IntStream.range(0, 100_000)
                                    .mapToObj(i -> s.url("/item/" + i + ".html"))
                                    .toList())))),
            new Fault(
                "sitemap index loop",
                "sitemap",
                "/sitemap-a.xml",
                "/page.html",
                Set.of(UrlStatus.FETCHED),
                s -> {
                  // a lists b; b lists a, itself and c; only c lists a page
                  s.route(
                      "/sitemap-a.xml",
                      FaultServer.ok(
                          "application/xml", FaultPages.sitemapIndex(s.url("/sitemap-b.xml"))));
                  s.route(
                      "/sitemap-b.xml",
                      FaultServer.ok(
                          "application/xml",
                          FaultPages.sitemapIndex(
                              s.url("/sitemap-a.xml"),
                              s.url("/sitemap-b.xml"),
                              s.url("/sitemap-c.xml"))));
                  s.route(
                      "/sitemap-c.xml",
                      FaultServer.ok("application/xml", FaultPages.urlset(s.url("/page.html"))));
                  s.route(
                      "/page.html",
                      FaultServer.ok("text/html; charset=utf-8", FaultPages.article("站点地图", 10)));
                }))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void crawlFinishesRecordsTheFaultAndSparesOtherHosts(Fault fault) throws Exception {
    try (FaultServer faulty = new FaultServer()) {
      fault.setup().on(faulty);
      faulty.route(
          "/feed.xml",
          FaultServer.ok(
              "application/rss+xml",
              FaultPages.rss(
                  fault.faultPath() == null ? List.of() : List.of(faulty.url(fault.faultPath())))));
      String entry =
          fault.name().equals("connection refused")
              ? "http://127.0.0.1:" + closedPort() + "/feed.xml"
              : faulty.url(fault.entryPath());
      MemorySink sink = new MemorySink();
      TestClock clock = TestClock.at("2026-11-28T08:00:00Z");
      SignalDeskConfig config =
          config(
              List.of(
                  new SourceConfig(
                      "faulty", fault.sourceType(), null, null, entry, null, null, true),
                  new SourceConfig(
                      "healthy",
                      "feed",
                      null,
                      null,
                      "http://localhost:" + healthy.port() + "/feed.xml",
                      null,
                      null,
                      true)));

      CrawlSummary summary =
          assertTimeoutPreemptively(
              PASS_LIMIT,
              () -> {
                try (CrawlRunner runner =
                    new CrawlRunner(
                        config,
                        data,
                        sink,
                        clock,
                        HttpFetcher.newClient(config.crawler()),
                        clock,
                        () -> 0.5)) {
                  return runner.runOnce(Set.of());
                }
              },
              fault.name() + ": the crawl pass did not finish");

      SourceSummary good = bySource(summary, "healthy");
      assertThat(good.newDocuments()).as("healthy host unaffected by " + fault).isEqualTo(2);
      assertThat(good.errors()).as(good.errorMessages().toString()).isZero();
      SourceSummary bad = bySource(summary, "faulty");
      try (CrawlStateStore store = CrawlStateStore.openH2(data)) {
        List<UrlState> states = store.all("faulty");
        if (fault.faultPath() != null) {
          UrlState state =
              states.stream()
                  .filter(st -> st.url().contains(fault.faultPath()))
                  .findFirst()
                  .orElseThrow(() -> new AssertionError("no state for " + fault.faultPath()));
          assertThat(state.status()).as(fault + ": " + state.lastError()).isIn(fault.expected());
          if (state.status() == UrlStatus.FETCH_ERROR) {
            assertThat(state.lastError()).as("the error is named").isNotBlank();
            assertThat(bad.errors()).isPositive();
          }
        } else {
          assertThat(bad.errors() + bad.discovered() + bad.robotsDenied())
              .as(fault + " leaves a trace in the summary: " + bad)
              .isPositive();
        }
        assertThat(states).allSatisfy(st -> assertThat(st.status()).isNotNull());
      }
      System.gc();
      long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      assertThat(used).as("heap after " + fault).isLessThan(HEAP_BOUND);
      assertThat(sink.reports().values())
          .allSatisfy(r -> assertThat(r.text().length()).isLessThanOrEqualTo(MAX_BODY));
    }
  }

  private static Fault article(String name, Set<UrlStatus> expected, FaultServer.Route route) {
    return new Fault(
        name, "feed", "/feed.xml", "/fault.html", expected, s -> s.route("/fault.html", route));
  }

  private static Fault withRobots(String name, FaultServer.Route robots) {
    return new Fault(
        name,
        "feed",
        "/feed.xml",
        "/page.html",
        Set.of(UrlStatus.FETCHED, UrlStatus.ROBOTS_DENIED, UrlStatus.FETCH_ERROR),
        s -> {
          s.route("/robots.txt", robots);
          s.route(
              "/page.html",
              FaultServer.ok("text/html; charset=utf-8", FaultPages.article("机器人", 6)));
        });
  }

  private static byte[] invalidUtf8() {
    byte[] good = FaultPages.article("坏字节", 7).getBytes(StandardCharsets.UTF_8);
    for (int i = 200; i < good.length; i += 37) {
      good[i] = (byte) (0x80 | (i & 0x3f)); // stray continuation bytes
    }
    return good;
  }

  private static byte[] mixedEncodings() {
    String html = FaultPages.article("混合编码", 8);
    int half = html.length() / 2;
    byte[] a = html.substring(0, half).getBytes(StandardCharsets.UTF_8);
    byte[] b = html.substring(half).getBytes(Charset.forName("GBK"));
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static String garbage(int length) {
    StringBuilder sb = new StringBuilder(length);
    java.util.Random random = new java.util.Random(9);
    while (sb.length() < length) {
      sb.append((char) (random.nextInt(0x2FFF) + 1));
    }
    return sb.toString();
  }

  private static int closedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static SourceSummary bySource(CrawlSummary summary, String id) {
    return summary.sources().stream()
        .filter(s -> s.sourceId().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static SignalDeskConfig config(List<SourceConfig> sources) {
    SignalDeskConfig defaults = new ConfigLoader().defaults();
    CrawlerConfig crawler =
        new CrawlerConfig(
            "SignalDeskBot/1.0 (+https://example.org/bot)",
            Duration.ZERO,
            Duration.ofSeconds(30),
            Duration.ofSeconds(1),
            Duration.ofSeconds(1),
            MAX_BODY,
            5,
            1,
            Duration.ofSeconds(1),
            Duration.ofSeconds(5),
            5,
            Duration.ofMinutes(10),
            Duration.ofHours(6),
            100_000_000L,
            30,
            Duration.ofDays(7),
            Duration.ofMinutes(5),
            null,
            20);
    return new SignalDeskConfig(
        crawler, sources, defaults.index(), defaults.signals(), defaults.alerts(), defaults.api());
  }
}
