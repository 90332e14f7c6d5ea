package dev.signaldesk.api.ops;

import dev.signaldesk.api.alerts.DeliveryStatus;
import dev.signaldesk.api.alerts.Jdbc;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;

/**
 * {@code signaldesk_alert_deliveries{status}}: webhook deliveries per status (PENDING, DELIVERED,
 * FAILED), read from the outbox table at scrape time. The outbox is the record of truth for
 * deliveries, so the gauge survives restarts and needs no hook in the dispatcher; a rising FAILED
 * count is the alert to set up.
 */
@Context
public final class AlertDeliveryMetrics {

  public AlertDeliveryMetrics(MeterRegistry meters, Jdbc jdbc) {
    for (DeliveryStatus status : DeliveryStatus.values()) {
      Gauge.builder("signaldesk.alert.deliveries", jdbc, j -> count(j, status))
          .description("Webhook deliveries by status")
          .tag("status", status.name())
          .register(meters);
    }
  }

  private static double count(Jdbc jdbc, DeliveryStatus status) {
    return jdbc.queryOne(
            "SELECT COUNT(*) AS n FROM webhook_delivery WHERE status = ?",
            rs -> rs.getLong("n"),
            status.name())
        .orElse(0L);
  }
}
