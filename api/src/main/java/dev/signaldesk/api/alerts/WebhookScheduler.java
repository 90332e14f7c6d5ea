package dev.signaldesk.api.alerts;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link WebhookDispatcher} every {@code signaldesk.alerts.webhook-poll} (default 2 s),
 * first shortly after start-up, so deliveries left pending by a restart go out again. Tests switch
 * it off ({@code signaldesk.alerts.webhook-scheduler: false}) and call the dispatcher themselves.
 */
@Singleton
@Requires(property = "signaldesk.alerts.webhook-scheduler", notEquals = "false")
final class WebhookScheduler {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookScheduler.class);

  private final WebhookDispatcher dispatcher;

  WebhookScheduler(WebhookDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Scheduled(
      initialDelay = "${signaldesk.alerts.webhook-poll:2s}",
      fixedDelay = "${signaldesk.alerts.webhook-poll:2s}")
  void deliverDue() {
    try {
      dispatcher.runDue();
    } catch (RuntimeException e) {
      // Keep the schedule alive; the deliveries stay pending in the database.
      LOG.warn("Webhook delivery run failed: {}", e.toString());
    }
  }
}
