package dev.signaldesk.indexer.signal.index;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One observation behind a published price point.
 *
 * @param reportId id of the report it came from
 * @param title the report's title
 * @param url the report's URL (null for chat)
 * @param publishedAt when the report was published
 * @param sentence the sentence holding the price
 * @param start offset of the price in the report text
 * @param end offset just past it
 * @param rule the extraction rule that fired
 * @param basis the basis stated in the text
 * @param value the normalised price in the series currency
 * @param refDate the date the price refers to
 * @param story the story id (reposts share it)
 * @param source the source id
 * @param duplicate true if an earlier receipt of the same story already counted this value
 * @param outlier true if it was dropped as an outlier
 */
public record Receipt(
    String reportId,
    String title,
    String url,
    Instant publishedAt,
    String sentence,
    int start,
    int end,
    String rule,
    String basis,
    double value,
    LocalDate refDate,
    String story,
    String source,
    boolean duplicate,
    boolean outlier) {}
