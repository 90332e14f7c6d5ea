package dev.signaldesk.indexer.search;

import java.time.Instant;

/**
 * One report in a result page.
 *
 * @param snippet HTML-safe text: escaped, with {@code <mark>…</mark>} around matched words; the
 *     start of the text when no word of the query matched the body
 */
public record SearchHit(
    String id,
    String title,
    String source,
    String kind,
    String url,
    Instant publishedAt,
    String snippet) {}
