package dev.signaldesk.api.ops;

import dev.signaldesk.api.alerts.WebhookDispatcher;
import dev.signaldesk.indexer.index.ReportIndex;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On shutdown, before any bean is destroyed: commits the index, so reports received since the last
 * commit become durable and their alert matches reach the outbox, then drains the outbox once, so
 * deliveries that are due go out now rather than after the next start. Each step is logged and a
 * failure of one does not skip the other; the index's own close commits again (a no-op then).
 */
@Singleton
public final class GracefulShutdown implements ApplicationEventListener<ShutdownEvent> {
  private static final Logger LOG = LoggerFactory.getLogger(GracefulShutdown.class);

  private final ReportIndex index;
  private final BeanProvider<WebhookDispatcher> dispatcher;

  public GracefulShutdown(ReportIndex index, BeanProvider<WebhookDispatcher> dispatcher) {
    this.index = index;
    this.dispatcher = dispatcher;
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
        int delivered = dispatcher.get().runDue();
        LOG.info("shutdown step=outbox-drain outcome=ok delivered={}", delivered);
      }
    } catch (RuntimeException e) {
      // Undelivered items stay PENDING in the database and go out after the next start.
      LOG.warn("shutdown step=outbox-drain outcome=failed error={}", e.toString());
    }
  }
}
