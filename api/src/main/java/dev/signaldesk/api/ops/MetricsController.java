package dev.signaldesk.api.ops;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * {@code GET /metrics}: every meter in the Prometheus text format, for a Prometheus scrape job.
 * Like {@code /health} it is outside {@code /api}: it shows counts and timings, never keys or
 * content.
 */
@Controller("/metrics")
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
public class MetricsController {
  /** The Prometheus text exposition format. */
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry;

  public MetricsController(PrometheusMeterRegistry registry) {
    this.registry = registry;
  }

  @Get
  @Produces(CONTENT_TYPE)
  public String scrape() {
    return registry.scrape();
  }
}
