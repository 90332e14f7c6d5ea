package dev.signaldesk.api.alerts;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * A stored saved query.
 *
 * @param webhookSecret the HMAC key of its webhook deliveries; null without a webhook
 */
record SavedQuery(
    String id,
    String owner,
    String name,
    String query,
    SavedQueryFilters filters,
    @Nullable String webhookUrl,
    @Nullable String webhookSecret,
    Instant createdAt,
    Instant updatedAt) {}
