package dev.signaldesk.api.crawl;

import dev.signaldesk.api.conf.DataLayout;
import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.crawler.crawl.CrawlRunner;
import dev.signaldesk.crawler.fetch.HttpFetcher;
import dev.signaldesk.indexer.index.ReportIndex;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the scheduled sources while {@code serve} runs (the property {@value #ENABLED} is set only
 * by {@code serve}: the demo and tests never crawl). One thread runs every pass, so passes never
 * overlap, neither for one source nor across sources, which the crawl runner requires; each source
 * is rescheduled a {@code schedule} after its previous pass ended. The runner (fetch stack, WARC
 * writer, crawl state) is built on the first pass and closed with the application.
 */
@Context
@Requires(property = CrawlScheduler.ENABLED, value = "true")
public class CrawlScheduler {
  /** Set to {@code true} to crawl scheduled sources in this application. */
  public static final String ENABLED = "signaldesk.scheduled-crawls";

  private final ScheduledExecutorService executor =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "signaldesk-crawl");
            t.setDaemon(true);
            return t;
          });
  private final ScheduledCrawls crawls;
  private CrawlRunner runner; // confined to the executor thread

  public CrawlScheduler(
      SignalDeskConfig config, DataLayout layout, ReportIndex index, Clock clock) {
    List<ScheduledCrawls.Job> jobs = ScheduledCrawls.jobs(config.sources());
    this.crawls =
        new ScheduledCrawls(
            jobs,
            id -> {
              if (runner == null) {
                runner =
                    new CrawlRunner(
                        config,
                        layout.root(),
                        index,
                        clock,
                        HttpFetcher.newClient(config.crawler()));
              }
              return runner.runSource(id);
            },
            clock);
    for (ScheduledCrawls.Job job : jobs) {
      executor.scheduleWithFixedDelay(
          () -> crawls.pass(job.sourceId()), 0, job.every().toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  public List<ScheduledCrawls.Status> status() {
    return crawls.status();
  }

  @PreDestroy
  void stop() throws InterruptedException {
    executor.shutdownNow();
    executor.awaitTermination(30, TimeUnit.SECONDS);
    if (runner != null) {
      runner.close();
    }
  }
}
