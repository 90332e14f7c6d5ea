/**
 * Operations: what an operator scrapes, checks and relies on at shutdown.
 *
 * <p>{@link dev.signaldesk.api.ops.MetricsController} serves {@code GET /metrics} in the Prometheus
 * format: Micronaut's HTTP request timers plus {@link dev.signaldesk.api.ops.SignalDeskMetrics}
 * (index documents and bytes, reports ingested per source, crawl errors, search timeouts) and
 * {@link dev.signaldesk.api.ops.AlertDeliveryMetrics} (webhook deliveries per status, from the
 * outbox table). The health indicators in {@code dev.signaldesk.api.health} cover index, database,
 * archive directory and crawler. {@link dev.signaldesk.api.ops.GracefulShutdown} commits the index
 * and drains the alert outbox before the beans close, for at most {@code
 * alerts.webhooks.shutdown-grace}; what is left stays pending for the next start. (Upload size
 * limits: {@code dev.signaldesk.api.imports}.) Logs are key=value lines (logback.xml) and never
 * carry keys, secrets or bodies.
 */
package dev.signaldesk.api.ops;
