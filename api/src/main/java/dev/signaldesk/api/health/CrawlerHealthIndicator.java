package dev.signaldesk.api.health;

import dev.signaldesk.config.SignalDeskConfig;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Adds the crawler to {@code GET /health}: the configured sources and, when a crawl scheduler runs
 * in this process and reports through {@link CrawlerStatus}, each source's last run (when, pages,
 * errors, and the failure if the pass failed as a whole). Crawling is optional (the demo runs
 * without sources), so "no sources" is UP, not DOWN; a source whose last pass failed as a whole
 * makes the crawler DOWN with its error, while page errors alone leave it UP (they are counted in
 * {@code /metrics}).
 */
@Singleton
public class CrawlerHealthIndicator implements HealthIndicator {
  private final SignalDeskConfig config;
  private final CrawlerStatus status;

  public CrawlerHealthIndicator(SignalDeskConfig config, CrawlerStatus status) {
    this.config = config;
    this.status = status;
  }

  @Override
  public Publisher<HealthResult> getResult() {
    return Mono.fromCallable(this::check);
  }

  private HealthResult check() {
    Map<String, CrawlerStatus.LastRun> runs = status.lastRuns();
    boolean failed = runs.values().stream().anyMatch(CrawlerStatus.LastRun::failed);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("sources", config.sources().size());
    details.put("state", runs.isEmpty() ? "never-run" : failed ? "failed" : "ok");
    Map<String, Object> bySource = new LinkedHashMap<>();
    runs.forEach((id, run) -> bySource.put(id, details(run)));
    if (!bySource.isEmpty()) {
      details.put("lastRuns", bySource);
    }
    HealthStatus health = failed ? HealthStatus.DOWN : HealthStatus.UP;
    return HealthResult.builder("crawler").status(health).details(details).build();
  }

  private static Map<String, Object> details(CrawlerStatus.LastRun run) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("state", run.failed() ? "failed" : "ok");
    d.put("at", run.at().toString());
    d.put("pages", run.pages());
    d.put("errors", run.errors());
    if (run.failed()) {
      d.put("error", run.error());
    }
    return d;
  }
}
