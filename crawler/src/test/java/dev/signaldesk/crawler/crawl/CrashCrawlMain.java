package dev.signaldesk.crawler.crawl;

import dev.signaldesk.config.ConfigLoader;
import dev.signaldesk.config.CrawlerConfig;
import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.crawler.fetch.HttpFetcher;
import dev.signaldesk.crawler.fetch.Sleeper;
import dev.signaldesk.model.Report;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Child-process crawl for {@link CrashResumeTest}: crawls one feed with real time and a per-host
 * delay (so the parent has time to kill it), prints {@code UPSERT n} after each report handed to
 * the sink, and never finishes on purpose.
 *
 * <p>Arguments: data directory, feed URL, sink file.
 */
public final class CrashCrawlMain {
  private CrashCrawlMain() {}

  public static void main(String[] args) {
    Path data = Path.of(args[0]);
    String feedUrl = args[1];
    FileSink files = new FileSink(Path.of(args[2]));
    int[] n = {0};
    dev.signaldesk.model.ReportSink announcing =
        new dev.signaldesk.model.ReportSink() {
          @Override
          public void upsert(Report report) {
            files.upsert(report);
            System.out.println("UPSERT " + (++n[0]));
            System.out.flush();
          }

          @Override
          public boolean contains(String id) {
            return files.contains(id);
          }

          @Override
          public void commit() {
            files.commit();
          }
        };
    SignalDeskConfig d = new ConfigLoader().defaults();
    CrawlerConfig c = config(Duration.ofMillis(150));
    SignalDeskConfig config =
        new SignalDeskConfig(
            c,
            List.of(CrawlTestBed.feed("watch", feedUrl)),
            d.index(),
            d.signals(),
            d.alerts(),
            d.api());
    try (CrawlRunner runner =
        new CrawlRunner(
            config,
            data,
            announcing,
            Clock.systemUTC(),
            HttpFetcher.newClient(c),
            Sleeper.SYSTEM,
            () -> 0.5)) {
      runner.runOnce(Set.of());
    }
    System.out.println("DONE");
  }

  /** The crash test's settings: commit every 3 reports. */
  static CrawlerConfig config(Duration minDelay) {
    CrawlerConfig t =
        dev.signaldesk.crawler.fetch.TestConfigs.crawler(
            minDelay, Duration.ofSeconds(10), 1_000_000, 1);
    return new CrawlerConfig(
        t.userAgent(),
        t.minDelay(),
        t.maxCrawlDelay(),
        t.connectTimeout(),
        t.readTimeout(),
        t.maxBodyBytes(),
        t.maxRedirects(),
        t.maxRetries(),
        t.retryBaseDelay(),
        t.retryMaxDelay(),
        t.breakerFailures(),
        t.breakerOpenFor(),
        t.robotsCacheTtl(),
        t.warcMaxFileBytes(),
        t.maxPagesPerSource(),
        t.revisitAfter(),
        t.blockedBackoff(),
        null,
        3);
  }
}
