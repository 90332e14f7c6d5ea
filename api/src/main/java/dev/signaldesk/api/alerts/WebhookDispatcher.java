package dev.signaldesk.api.alerts;

import dev.signaldesk.config.AlertsConfig;
import dev.signaldesk.config.SignalDeskConfig;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers pending webhook deliveries from the outbox: at least once, in the order they became due,
 * surviving restarts (the state is in the database, not in memory).
 *
 * <p>Each attempt re-checks the target against {@link WebhookTargetGuard} (a name can be re-pointed
 * after the webhook was saved), signs the exact bytes it sends, and records the outcome. A 2xx
 * answer delivers; anything else is retried after {@code initial-backoff × 2^(attempt−1)} until
 * {@code max-attempts}, then the delivery is FAILED. Redirects are not followed: a redirect could
 * lead past the guard.
 */
@Singleton
public final class WebhookDispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
  private static final int BATCH = 50;

  private final DeliveryStore deliveries;
  private final WebhookTargetGuard guard;
  private final JsonMapper json;
  private final Clock clock;
  private final AlertsConfig.Webhooks config;
  private final HttpClient http;

  WebhookDispatcher(
      DeliveryStore deliveries,
      WebhookTargetGuard guard,
      JsonMapper json,
      Clock clock,
      SignalDeskConfig config) {
    this.deliveries = deliveries;
    this.guard = guard;
    this.json = json;
    this.clock = clock;
    this.config = config.alerts().webhooks();
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(this.config.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * Attempts every delivery due now.
   *
   * @return how many were delivered
   */
  public synchronized int runDue() {
    int delivered = 0;
    List<DeliveryStore.Due> due;
    do {
      due = deliveries.due(clock.instant(), BATCH);
      for (DeliveryStore.Due d : due) {
        if (attempt(d)) {
          delivered++;
        }
      }
    } while (due.size() == BATCH);
    return delivered;
  }

  private boolean attempt(DeliveryStore.Due d) {
    int attempt = d.attempts() + 1;
    Integer status = null;
    String error;
    try {
      URI target = guard.check(d.targetUrl());
      byte[] body = body(d);
      HttpRequest request =
          HttpRequest.newBuilder(target)
              .timeout(config.timeout())
              .header("Content-Type", "application/json")
              .header("User-Agent", "SignalDesk-Webhook/1.0")
              .header(WebhookSigner.DELIVERY_HEADER, d.id())
              .header(WebhookSigner.SIGNATURE_HEADER, WebhookSigner.signature(d.secret(), body))
              .POST(HttpRequest.BodyPublishers.ofByteArray(body))
              .build();
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      status = response.statusCode();
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
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error = "interrupted";
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
