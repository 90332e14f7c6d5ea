package dev.signaldesk.api.alerts;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One webhook delivery in the delivery log ({@code GET /api/saved-queries/{id}/deliveries}).
 *
 * @param id the delivery id, sent as {@code X-SignalDesk-Delivery}
 * @param attempts attempts made so far
 * @param nextAttemptAt when a pending delivery is tried next
 * @param lastStatusCode the receiver's last HTTP status, if it answered
 * @param lastError why the last attempt failed, if it did
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryView(
    String id,
    long matchSeq,
    String targetUrl,
    DeliveryStatus status,
    int attempts,
    @Nullable Instant nextAttemptAt,
    @Nullable Integer lastStatusCode,
    @Nullable String lastError,
    Instant createdAt,
    @Nullable Instant deliveredAt) {}
