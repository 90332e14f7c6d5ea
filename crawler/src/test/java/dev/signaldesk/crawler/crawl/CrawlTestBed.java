package dev.signaldesk.crawler.crawl;

import dev.signaldesk.config.ConfigLoader;
import dev.signaldesk.config.CrawlerConfig;
import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.config.SourceConfig;
import dev.signaldesk.crawler.fetch.HttpFetcher;
import dev.signaldesk.crawler.fetch.TestClock;
import dev.signaldesk.crawler.fetch.TestConfigs;
import java.nio.file.Path;
import java.util.List;

/** Builds runners over a data directory with a fake clock, for the crawl tests. */
final class CrawlTestBed {
  static final SignalDeskConfig DEFAULTS = new ConfigLoader().defaults();

  final Path data;
  final TestClock clock = TestClock.at("2026-11-28T08:00:00Z");
  final InMemorySink sink = new InMemorySink();
  CrawlerConfig crawler = TestConfigs.crawler();

  CrawlTestBed(Path data) {
    this.data = data;
  }

  SignalDeskConfig config(List<SourceConfig> sources) {
    return new SignalDeskConfig(
        crawler, sources, DEFAULTS.index(), DEFAULTS.signals(), DEFAULTS.alerts(), DEFAULTS.api());
  }

  CrawlRunner runner(SourceConfig... sources) {
    return new CrawlRunner(
        config(List.of(sources)),
        data,
        sink,
        clock,
        HttpFetcher.newClient(crawler),
        clock,
        () -> 0.5);
  }

  static SourceConfig feed(String id, String url) {
    return new SourceConfig(id, "feed", null, null, url, null, null, true);
  }

  static SourceConfig sitemap(String id, String url) {
    return new SourceConfig(id, "sitemap", null, null, url, null, null, true);
  }
}
