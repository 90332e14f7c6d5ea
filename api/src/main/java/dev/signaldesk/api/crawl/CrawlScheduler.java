package dev.signaldesk.api.crawl;

import dev.signaldesk.api.conf.DataLayout;
import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.crawler.crawl.CrawlRunner;
import dev.signaldesk.crawler.fetch.HttpFetcher;
import dev.signaldesk.indexer.index.ReportIndex;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the scheduled sources while {@code serve} runs (the property {@value #ENABLED} is set only
 * by {@code serve}: the demo and tests never crawl). One thread runs every pass, so passes never
 * overlap, neither for one source nor across sources, which the crawl runner requires; each source
 * is rescheduled a {@code schedule} after its previous pass ended. The runner (fetch stack, WARC
 * writer, crawl state) is built on the first pass and closed with the application. Every pass's
 * outcome goes to {@link CrawlPassRecorder} (crawl-error meter, crawler health).
 *
 * <p>The first pass of each source starts {@value #FIRST_DELAY} after start-up (default at once);
 * tests set it far out and run passes with {@link #runNow}.
 */
@Context
@Requires(property = CrawlScheduler.ENABLED, value = "true")
public class CrawlScheduler {
  /** Set to {@code true} to crawl scheduled sources in this application. */
  public static final String ENABLED = "signaldesk.scheduled-crawls";

  /** How long after start-up the first pass of each source runs (a duration; default 0s). */
  public static final String FIRST_DELAY = "signaldesk.scheduled-crawls-first-delay";

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
      SignalDeskConfig config,
      DataLayout layout,
      ReportIndex index,
      Clock clock,
      CrawlPassRecorder recorder,
      @Value("${" + FIRST_DELAY + ":0s}") Duration firstDelay) {
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
            recorder,
            clock);
    for (ScheduledCrawls.Job job : jobs) {
      executor.scheduleWithFixedDelay(
          () -> crawls.pass(job.sourceId()),
          firstDelay.toMillis(),
          job.every().toMillis(),
          TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Runs one pass over {@code sourceId} now, on the crawl thread (after a pass already running).
   *
   * @return done when the pass has ended and been recorded
   */
  public Future<?> runNow(String sourceId) {
    return executor.submit(() -> crawls.pass(sourceId));
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
