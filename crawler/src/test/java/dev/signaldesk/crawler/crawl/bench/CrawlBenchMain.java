package dev.signaldesk.crawler.crawl.bench;

import dev.signaldesk.config.ConfigLoader;
import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.config.SourceConfig;
import dev.signaldesk.crawler.archive.ArchivedResponse;
import dev.signaldesk.crawler.archive.WarcArchive;
import dev.signaldesk.crawler.crawl.CrawlRunner;
import dev.signaldesk.crawler.crawl.CrawlSummary;
import dev.signaldesk.crawler.extract.CharsetDecoder;
import dev.signaldesk.crawler.extract.PageClassification;
import dev.signaldesk.crawler.extract.PageClassifier;
import dev.signaldesk.crawler.fetch.HttpFetcher;
import dev.signaldesk.crawler.source.FetchedPage;
import dev.signaldesk.crawler.source.SourceAdapter;
import dev.signaldesk.crawler.source.SourceAdapters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The 500-page crawl measurement: serves {@link FixtureSite} on loopback, crawls it with {@code
 * min-delay: 0} into a durable sink, then times decoding, classification and extraction alone over
 * the archived bodies.
 *
 * <p>Usage: {@code CrawlBenchMain [pages] [--data DIR] [--serve PORT]}. With {@code --serve} it
 * only writes {@code <data>/crawl-bench.yml} for {@code signaldesk crawl --config} and serves the
 * site until killed. Run with {@code mvn -o -pl crawler -am test-compile} and {@code java -cp} over
 * the test classpath (see docs/crawl-benchmark.md).
 */
public final class CrawlBenchMain {
  private static final int PARSE_ROUNDS = 3;

  private CrawlBenchMain() {}

  public static void main(String[] args) throws Exception {
    int pages = 500;
    Path data = null;
    int servePort = -1;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> data = Path.of(args[++i]);
        case "--serve" -> servePort = Integer.parseInt(args[++i]);
        default -> pages = Integer.parseInt(args[i]);
      }
    }
    if (data == null) {
      data = Files.createTempDirectory("crawl-bench");
    }
    Files.createDirectories(data);
    try (FixtureSite site = new FixtureSite(pages).start(Math.max(servePort, 0))) {
      Path yaml = writeConfig(site, data);
      if (servePort >= 0) {
        System.out.println("serving " + site.sitemapUrl() + "; config " + yaml);
        Thread.currentThread().join();
      }
      crawl(site, yaml, data, pages);
    }
  }

  /** The configuration a user would write: defaults, no delay, one sitemap source. */
  static Path writeConfig(FixtureSite site, Path dir) throws IOException {
    Path yaml = dir.resolve("crawl-bench.yml");
    Files.writeString(
        yaml,
        "crawler:\n  min-delay: 0s\n  max-pages-per-source: 1000\n"
            + "sources:\n  - {id: fixture, type: sitemap, url: \""
            + site.sitemapUrl()
            + "\"}\n");
    return yaml;
  }

  private static void crawl(FixtureSite site, Path yaml, Path data, int pages) throws Exception {
    SignalDeskConfig config = new ConfigLoader().load(yaml);
    Path crawlData = data.resolve("crawl-data");
    JsonLinesSink sink = new JsonLinesSink(data.resolve("reports.jsonl"));
    System.out.printf(Locale.ROOT, "load average before: %s%n", loadAverage());
    long t0 = System.nanoTime();
    long cpu0 = processCpuNanos();
    CrawlSummary summary;
    try (CrawlRunner runner =
        new CrawlRunner(
            config, crawlData, sink, Clock.systemUTC(), HttpFetcher.newClient(config.crawler()))) {
      summary = runner.runOnce(Set.of());
    }
    double crawlSeconds = (System.nanoTime() - t0) / 1e9;
    double crawlCpu = (processCpuNanos() - cpu0) / 1e9;
    System.out.print(summary.format());
    var s = summary.sources().get(0);
    System.out.printf(
        Locale.ROOT,
        "site: %d pages (%d articles, %d duplicates, %d error pages); %d HTTP requests served%n",
        pages,
        site.articlePages(),
        site.duplicatePages(),
        site.errorPages(),
        site.requests());
    System.out.printf(
        Locale.ROOT,
        "crawl: %.2f s total, %.1f pages/s fetched (%d fetched + %d errors), %d reports stored"
            + " (%d KiB JSON)%n",
        crawlSeconds,
        (s.fetched() + s.errors()) / crawlSeconds,
        s.fetched(),
        s.errors(),
        sink.stored(),
        sink.bytesWritten() / 1024);
    System.out.printf(
        Locale.ROOT,
        "crawl CPU: %.2f s of process CPU (crawler and fixture server together)%n",
        crawlCpu);
    System.out.printf(Locale.ROOT, "load average after crawl: %s%n", loadAverage());
    parseOnly(config.sources().get(0), crawlData);
    System.out.printf(Locale.ROOT, "load average at end: %s%n", loadAverage());
  }

  /** Decode + classify + parse over every archived 2xx HTML body, timed without the network. */
  private static void parseOnly(SourceConfig source, Path crawlData) {
    List<ArchivedResponse> bodies = new ArrayList<>();
    new WarcArchive(crawlData.resolve("archive"))
        .forEachResponse(
            r -> {
              if (r.status() == 200
                  && r.contentType() != null
                  && r.contentType().startsWith("text/html")) {
                bodies.add(r);
              }
            });
    SourceAdapter adapter = SourceAdapters.forConfig(source);
    CharsetDecoder decoder = new CharsetDecoder();
    PageClassifier classifier = new PageClassifier();
    for (int round = 1; round <= PARSE_ROUNDS; round++) {
      int ok = 0;
      long t0 = System.nanoTime();
      long cpu0 = processCpuNanos();
      for (ArchivedResponse r : bodies) {
        String html = decoder.decode(r.body(), r.contentType()).text();
        String url = r.targetUri().toString();
        PageClassification c = classifier.classify(url, r.status(), html, source.type());
        FetchedPage page = new FetchedPage(r.asFetchResult(), html, c);
        if (page.isContent() && adapter.parse(page).isOk()) {
          ok++;
        }
      }
      double sec = (System.nanoTime() - t0) / 1e9;
      double cpu = (processCpuNanos() - cpu0) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "parse+extract round %d: %d pages in %.3f s = %.1f pages/s wall, %.1f pages/CPU-s"
              + " (%d articles read)%n",
          round,
          bodies.size(),
          sec,
          bodies.size() / sec,
          bodies.size() / cpu,
          ok);
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }
}
