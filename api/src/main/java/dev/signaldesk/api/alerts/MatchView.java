package dev.signaldesk.api.alerts;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A recorded match, as {@code /matches}, the SSE stream and webhooks deliver it.
 *
 * @param seq the match's position in the outbox: cursors, SSE event ids and feed entry ids use it
 * @param documentPath the API path of the matching document
 * @param url the document's original URL, null for chat messages
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MatchView(
    long seq,
    String savedQueryId,
    String reportId,
    String sourceId,
    String kind,
    @Nullable String title,
    @Nullable String url,
    @Nullable String snippet,
    @Nullable Instant publishedAt,
    Instant matchedAt,
    String documentPath) {}
