package dev.signaldesk.api.alerts;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A saved query as the API shows it.
 *
 * @param webhookSecret only in the response that created the webhook: the key that signs its
 *     deliveries ({@code X-SignalDesk-Signature}); never shown again
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SavedQueryView(
    String id,
    String name,
    String query,
    SavedQueryFilters filters,
    @Nullable String webhookUrl,
    @Nullable String webhookSecret,
    Instant createdAt,
    Instant updatedAt) {

  static SavedQueryView of(SavedQuery q, boolean withSecret) {
    return new SavedQueryView(
        q.id(),
        q.name(),
        q.query(),
        q.filters(),
        q.webhookUrl(),
        withSecret ? q.webhookSecret() : null,
        q.createdAt(),
        q.updatedAt());
  }
}
