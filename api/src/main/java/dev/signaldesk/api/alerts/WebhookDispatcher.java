package dev.signaldesk.api.alerts;

import dev.signaldesk.config.AlertsConfig;
import dev.signaldesk.config.SignalDeskConfig;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers pending webhook deliveries from the outbox: at least once, in the order they became due,
 * surviving restarts (the state is in the database, not in memory).
 *
 * <p>Each attempt re-checks the target against {@link WebhookTargetGuard} (a name can be re-pointed
 * after the webhook was saved) and connects only to the addresses just checked ({@link
 * WebhookSender}), signs the exact bytes it sends, and records the outcome. A 2xx answer delivers;
 * anything else is retried after {@code initial-backoff × 2^(attempt−1)} until {@code
 * max-attempts}, then the delivery is FAILED. Redirects are not followed: a redirect could lead
 * past the guard.
 */
@Singleton
public final class WebhookDispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
  private static final int BATCH = 50;

  private final DeliveryStore deliveries;
  private final JsonMapper json;
  private final Clock clock;
  private final AlertsConfig.Webhooks config;
  private final WebhookSender sender;

  /** {@code System.nanoTime()} after which no attempt starts, set by {@link #drainWithin}. */
  private volatile long stopAt = Long.MAX_VALUE;

  WebhookDispatcher(
      DeliveryStore deliveries,
      WebhookTargetGuard guard,
      JsonMapper json,
      Clock clock,
      SignalDeskConfig config) {
    this.deliveries = deliveries;
    this.json = json;
    this.clock = clock;
    this.config = config.alerts().webhooks();
    this.sender = new WebhookSender(guard);
  }

  /**
   * Attempts every delivery due now.
   *
   * @return how many were delivered
   */
  public synchronized int runDue() {
    return run();
  }

  /**
   * The shutdown drain: attempts the deliveries due now for at most {@code grace} of real time,
   * each attempt's timeout cut to the time left; what is not delivered by then stays PENDING in the
   * database and goes out after the next start. From this call on, no other run starts an attempt
   * after the deadline either (a scheduled run in progress stops at it, and this call waits for
   * it).
   *
   * @return how many were delivered
   */
  public int drainWithin(Duration grace) {
    // Real elapsed time, not the injected clock: the grace is what the process supervisor allows
    // between SIGTERM and SIGKILL, whatever time the application's clock shows.
    stopAt = System.nanoTime() + grace.toNanos();
    synchronized (this) {
      return run();
    }
  }

  private int run() {
    int delivered = 0;
    List<DeliveryStore.Due> due;
    do {
      due = deliveries.due(clock.instant(), BATCH);
      for (DeliveryStore.Due d : due) {
        Duration timeout = timeLeft();
        if (timeout == null) {
          return delivered;
        }
        if (attempt(d, timeout)) {
          delivered++;
        }
      }
    } while (due.size() == BATCH);
    return delivered;
  }

  /** The timeout for the next attempt, or null when a drain's deadline has passed. */
  private Duration timeLeft() {
    long end = stopAt;
    if (end == Long.MAX_VALUE) {
      return config.timeout();
    }
    long left = end - System.nanoTime();
    if (left <= 0) {
      return null;
    }
    Duration remaining = Duration.ofNanos(left);
    return remaining.compareTo(config.timeout()) < 0 ? remaining : config.timeout();
  }

  private boolean attempt(DeliveryStore.Due d, Duration timeout) {
    int attempt = d.attempts() + 1;
    Integer status = null;
    String error;
    try {
      byte[] body = body(d);
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("User-Agent", "SignalDesk-Webhook/1.0");
      headers.put(WebhookSigner.DELIVERY_HEADER, d.id());
      headers.put(WebhookSigner.SIGNATURE_HEADER, WebhookSigner.signature(d.secret(), body));
      status = sender.post(d.targetUrl(), headers, body, timeout);
      if (status >= 200 && status < 300) {
        deliveries.delivered(d.id(), attempt, status, clock.instant());
        return true;
      }
      error = "receiver answered " + status;
    } catch (IllegalArgumentException e) {
      // The guard refused the target: retrying would not change that.
      deliveries.failed(d.id(), attempt, null, "refused: " + e.getMessage(), null);
      LOG.warn("Webhook delivery {} refused: {}", d.id(), e.getMessage());
      return false;
    } catch (IOException e) {
      error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
    Instant next = attempt >= config.maxAttempts() ? null : clock.instant().plus(backoff(attempt));
    deliveries.failed(d.id(), attempt, status, error, next);
    LOG.info(
        "Webhook delivery {} attempt {} failed ({}); {}",
        d.id(),
        attempt,
        error,
        next == null ? "giving up" : "next attempt at " + next);
    return false;
  }

  /**
   * The wait after failed attempt {@code n} (1-based): initial-backoff × 2^(n−1), capped at 1 d.
   */
  Duration backoff(int attempt) {
    Duration d = config.initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
    return d.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : d;
  }

  private byte[] body(DeliveryStore.Due d) {
    try {
      return json.writeValueAsBytes(
          new WebhookPayload(d.id(), "match", d.savedQueryId(), d.savedQueryName(), d.match()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
