package dev.signaldesk.api.alerts;

/** Where a webhook delivery stands. */
public enum DeliveryStatus {
  /** Not yet delivered; attempted again at {@code next_attempt_at}. */
  PENDING,
  /** The receiver answered 2xx. */
  DELIVERED,
  /** Given up after {@code alerts.webhooks.max-attempts}, or the target was refused. */
  FAILED
}
