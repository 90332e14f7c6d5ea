package dev.signaldesk.api.ops;

import dev.signaldesk.api.alerts.WebhookDispatcher;
import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.indexer.index.ReportIndex;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On shutdown, before any bean is destroyed: commits the index, so reports received since the last
 * commit become durable and their alert matches reach the outbox, then drains the outbox for at
 * most {@code alerts.webhooks.shutdown-grace} (default 10 s), so deliveries that are due go out now
 * rather than after the next start. The grace is bounded because a supervisor kills a process that
 * takes too long to stop; deliveries not done by then stay PENDING in the database and go out after
 * the next start. Each step is logged and a failure of one does not skip the other; the index's own
 * close commits again (a no-op then).
 */
@Singleton
public final class GracefulShutdown implements ApplicationEventListener<ShutdownEvent> {
  private static final Logger LOG = LoggerFactory.getLogger(GracefulShutdown.class);

  private final ReportIndex index;
  private final BeanProvider<WebhookDispatcher> dispatcher;
  private final Duration grace;

  public GracefulShutdown(
      ReportIndex index, BeanProvider<WebhookDispatcher> dispatcher, SignalDeskConfig config) {
    this.index = index;
    this.dispatcher = dispatcher;
    this.grace = config.alerts().webhooks().shutdownGrace();
  }

  @Override
  public void onApplicationEvent(ShutdownEvent event) {
    try {
      if (!index.isReadOnly()) {
        index.commit();
        LOG.info("shutdown step=index-commit outcome=ok");
      }
    } catch (RuntimeException e) {
      LOG.error("shutdown step=index-commit outcome=failed error={}", e.toString());
    }
    try {
      if (dispatcher.isPresent()) {
        int delivered = dispatcher.get().drainWithin(grace);
        LOG.info("shutdown step=outbox-drain outcome=ok delivered={} grace={}", delivered, grace);
      }
    } catch (RuntimeException e) {
      // Undelivered items stay PENDING in the database and go out after the next start.
      LOG.warn("shutdown step=outbox-drain outcome=failed error={}", e.toString());
    }
  }
}
