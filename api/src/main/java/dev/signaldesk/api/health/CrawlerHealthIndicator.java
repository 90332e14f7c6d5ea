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
 * in this process and reports through {@link CrawlerStatus}, its last run. Crawling is optional
 * (the demo runs without sources), so "no sources" is UP, not DOWN; a last run that failed as a
 * whole is DOWN with its error.
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
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("sources", config.sources().size());
    CrawlerStatus.LastRun last = status.lastRun();
    details.put("state", last == null ? "never-run" : last.failed() ? "failed" : "ok");
    if (last != null) {
      details.put("lastRunAt", last.at().toString());
      details.put("lastRunPages", last.pages());
      details.put("lastRunErrors", last.errors());
      if (last.error() != null) {
        details.put("lastRunError", last.error());
      }
    }
    HealthStatus health = last != null && last.failed() ? HealthStatus.DOWN : HealthStatus.UP;
    return HealthResult.builder("crawler").status(health).details(details).build();
  }
}
