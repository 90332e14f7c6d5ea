package dev.signaldesk.api.alerts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Body of {@code POST} and {@code PUT /api/saved-queries}.
 *
 * @param name a label for people (1–200 characters)
 * @param query the query in the search syntax; blank matches everything the filters let through
 * @param filters structured filters; null for none
 * @param webhookUrl where to POST new matches; null for no webhook
 */
@Serdeable
public record SavedQueryRequest(
    String name,
    @Nullable String query,
    @Nullable SavedQueryFilters filters,
    @Nullable String webhookUrl) {}
