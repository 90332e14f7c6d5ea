package dev.signaldesk.api.model;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One search hit.
 *
 * @param id the document id, for {@code GET /api/documents/{id}}
 * @param title the title (for chat messages: the group name)
 * @param source the source id ({@code 36kr}, {@code jazzyear}, {@code chat:...})
 * @param kind {@code news} or {@code chat}
 * @param url the article URL; null for chat messages
 * @param publishedAt ISO-8601 instant (UTC), or null when the source gave no date
 * @param snippet a passage of the text with matched terms between {@code <mark>} and {@code
 *     </mark>}; every other character is HTML-escaped
 */
@Serdeable
public record SearchHitView(
    String id,
    String title,
    String source,
    String kind,
    String url,
    String publishedAt,
    String snippet) {}
