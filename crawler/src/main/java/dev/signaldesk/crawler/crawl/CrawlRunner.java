package dev.signaldesk.crawler.crawl;

import dev.signaldesk.config.CrawlerConfig;
import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.config.SourceConfig;
import dev.signaldesk.crawler.archive.WarcFileWriter;
import dev.signaldesk.crawler.extract.UrlCanonicalizer;
import dev.signaldesk.crawler.fetch.HttpFetcher;
import dev.signaldesk.crawler.fetch.RetryDelays;
import dev.signaldesk.crawler.fetch.Sleeper;
import dev.signaldesk.crawler.politeness.HostBreaker;
import dev.signaldesk.crawler.politeness.HostThrottle;
import dev.signaldesk.crawler.politeness.PoliteFetcher;
import dev.signaldesk.crawler.robots.RobotsPolicy;
import dev.signaldesk.crawler.source.SourceAdapter;
import dev.signaldesk.crawler.source.SourceAdapters;
import dev.signaldesk.crawler.source.WeChatSource;
import dev.signaldesk.crawler.state.CrawlStateStore;
import dev.signaldesk.crawler.state.UrlState;
import dev.signaldesk.model.ReportSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Runs crawl passes: builds the fetch stack (throttle → robots → breaker → fetcher → WARC) once,
 * opens the crawl state under {@code <data>/crawl-state} and writes WARC files under {@code
 * <data>/archive}. Sources run one after another; WeChat sources run last so that they pick up the
 * WeChat links the other sources' pages contained in the same pass.
 *
 * <p>Not thread-safe: one pass at a time (the scheduler in {@code serve} runs sources serially).
 */
public final class CrawlRunner implements AutoCloseable {
  private final SignalDeskConfig config;
  private final ReportSink sink;
  private final Clock clock;
  private final WarcFileWriter warc;
  private final CrawlStateStore store;
  private final PageFetching pages;
  private final Map<String, SourceAdapter> adapters = new LinkedHashMap<>();

  /** A runner with real sleeping and random jitter. */
  public CrawlRunner(
      SignalDeskConfig config, Path dataDir, ReportSink sink, Clock clock, HttpClient client) {
    this(
        config,
        dataDir,
        sink,
        clock,
        client,
        Sleeper.SYSTEM,
        () -> ThreadLocalRandom.current().nextDouble());
  }

  /**
   * @param client must not follow redirects ({@link HttpFetcher#newClient(CrawlerConfig)})
   * @param sleeper how delays are waited (tests advance a fake clock)
   * @param random jitter source, uniform in [0, 1)
   */
  public CrawlRunner(
      SignalDeskConfig config,
      Path dataDir,
      ReportSink sink,
      Clock clock,
      HttpClient client,
      Sleeper sleeper,
      DoubleSupplier random) {
    this.config = config;
    this.sink = sink;
    this.clock = clock;
    CrawlerConfig c = config.crawler();
    this.warc = new WarcFileWriter(dataDir.resolve("archive"), c.warcMaxFileBytes(), clock);
    HostThrottle throttle = new HostThrottle(clock, sleeper, c.minDelay(), c.maxCrawlDelay());
    HttpFetcher fetcher =
        new HttpFetcher(
            c,
            client,
            clock,
            sleeper,
            throttle,
            warc,
            new RetryDelays(c.retryBaseDelay(), c.retryMaxDelay(), clock, random));
    RobotsPolicy robots =
        new RobotsPolicy(
            fetcher, clock, c.robotsCacheTtl(), c.userAgent(), throttle::setCrawlDelay);
    HostBreaker breaker = new HostBreaker(clock, c.breakerFailures(), c.breakerOpenFor());
    this.pages =
        new PageFetching(
            new PoliteFetcher(fetcher, robots, throttle, breaker, clock, c.blockedBackoff()));
    this.store =
        c.stateJdbcUrl() == null
            ? CrawlStateStore.openH2(dataDir)
            : new CrawlStateStore(c.stateJdbcUrl(), null, null);
    for (SourceConfig s : config.sources()) {
      adapters.put(s.id(), SourceAdapters.forConfig(s));
    }
  }

  /** The configured sources, in configuration order. */
  public List<SourceConfig> sources() {
    return config.sources();
  }

  /**
   * One pass over the given sources (empty: every enabled source).
   *
   * @throws IllegalArgumentException naming an id that is not configured
   */
  public CrawlSummary runOnce(Set<String> sourceIds) {
    for (String id : sourceIds) {
      if (!adapters.containsKey(id)) {
        throw new IllegalArgumentException(
            "unknown source '" + id + "'; configured: " + adapters.keySet());
      }
    }
    List<SourceAdapter> chosen = new ArrayList<>();
    for (SourceAdapter a : adapters.values()) {
      if (sourceIds.isEmpty() ? a.config().enabled() : sourceIds.contains(a.id())) {
        chosen.add(a);
      }
    }
    // WeChat last, so links found by the others in this pass are fetched in this pass.
    chosen.sort((a, b) -> Boolean.compare(a instanceof WeChatSource, b instanceof WeChatSource));
    List<SourceSummary> results = new ArrayList<>();
    for (SourceAdapter a : chosen) {
      results.add(run(a));
    }
    return new CrawlSummary(results);
  }

  /** One pass over one source; what the {@code serve} scheduler calls per due source. */
  public SourceSummary runSource(String sourceId) {
    SourceAdapter a = adapters.get(sourceId);
    if (a == null) {
      throw new IllegalArgumentException(
          "unknown source '" + sourceId + "'; configured: " + adapters.keySet());
    }
    return run(a);
  }

  private SourceSummary run(SourceAdapter adapter) {
    return new SourceCrawl(adapter, config.crawler(), pages, store, sink, clock, this::offerLink)
        .run();
  }

  /** A link found in an article: if it is a WeChat article, a WeChat source gets it as due. */
  private void offerLink(String link) {
    for (SourceAdapter a : adapters.values()) {
      if (a instanceof WeChatSource w && w.config().enabled() && w.accepts(link)) {
        String key = UrlCanonicalizer.canonicalize(link);
        if (store.get(key).isEmpty()) {
          store.put(UrlState.discovered(key, w.id(), clock.instant()));
        }
        return;
      }
    }
  }

  @Override
  public void close() {
    try {
      warc.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the WARC file", e);
    } finally {
      store.close();
    }
  }
}
