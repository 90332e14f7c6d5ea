package dev.signaldesk.api.alerts;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The JSON body of a webhook delivery.
 *
 * @param deliveryId the same on every retry of this delivery (also in {@code
 *     X-SignalDesk-Delivery})
 * @param event always {@code match}
 */
@Serdeable
public record WebhookPayload(
    String deliveryId, String event, String savedQueryId, String savedQueryName, MatchView match) {}
