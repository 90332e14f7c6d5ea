package dev.signaldesk.api.health;

import dev.signaldesk.indexer.index.ReportIndex;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Adds the index to {@code GET /health}: UP with its document count and directory when a searcher
 * can be had, DOWN with the error otherwise.
 */
@Singleton
public class IndexHealthIndicator implements HealthIndicator {
  private final ReportIndex index;

  public IndexHealthIndicator(ReportIndex index) {
    this.index = index;
  }

  @Override
  public Publisher<HealthResult> getResult() {
    return Mono.fromCallable(this::check);
  }

  private HealthResult check() {
    HealthResult.Builder result = HealthResult.builder("index");
    try {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("documents", index.count());
      details.put("directory", index.directory().toString());
      return result.status(HealthStatus.UP).details(details).build();
    } catch (RuntimeException e) {
      return result.status(HealthStatus.DOWN).exception(e).build();
    }
  }
}
