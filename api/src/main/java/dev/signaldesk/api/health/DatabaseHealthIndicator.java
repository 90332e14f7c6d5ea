package dev.signaldesk.api.health;

import dev.signaldesk.api.alerts.Jdbc;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Adds the database (saved queries, keys, alert outbox) to {@code GET /health}: UP when a trivial
 * query answers, DOWN with the error otherwise. The JDBC URL is not shown: it may carry a password.
 */
@Singleton
public class DatabaseHealthIndicator implements HealthIndicator {
  private final Jdbc jdbc;

  public DatabaseHealthIndicator(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Publisher<HealthResult> getResult() {
    return Mono.fromCallable(this::check);
  }

  private HealthResult check() {
    HealthResult.Builder result = HealthResult.builder("database");
    try {
      long savedQueries =
          jdbc.queryOne("SELECT COUNT(*) AS n FROM saved_query", rs -> rs.getLong("n")).orElse(0L);
      return result.status(HealthStatus.UP).details(Map.of("savedQueries", savedQueries)).build();
    } catch (RuntimeException e) {
      return result
          .status(HealthStatus.DOWN)
          .details(Map.of("error", e.getClass().getSimpleName()))
          .build();
    }
  }
}
