package dev.signaldesk.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One unit of content in SignalDesk: an article (NEWS) or a chat message (CHAT).
 *
 * <p>The {@code id} is stable: the same article (by canonical URL) or the same chat message (by its
 * format's stable id, or by group/time/sender/text occurrence) always gets the same id, so
 * ingesting it twice yields one document. Use {@link ReportIds} to make ids.
 *
 * @param id stable document id
 * @param sourceId the configured source id ({@code 36kr}, {@code jazzyear}, ...) or the import
 *     source ({@code chat:<format>})
 * @param kind NEWS or CHAT
 * @param url the URL the report was fetched from (null for chat messages)
 * @param canonicalUrl the canonical URL (used for the id of NEWS reports)
 * @param title title (for chat messages: the group name)
 * @param text plain text body, paragraphs separated by blank lines
 * @param author byline or account; for chat messages the sender pseudonym
 * @param language BCP-47 language tag: {@code zh} or {@code en}
 * @param publishedAt when the source says it was published (or the message was sent)
 * @param fetchedAt when SignalDesk fetched or imported it
 * @param contentSha256 hex SHA-256 of the normalised text, used to recognise identical bodies
 * @param provenance where the bytes came from
 * @param chat chat-specific facts; null for NEWS
 */
public record Report(
    String id,
    String sourceId,
    ReportKind kind,
    String url,
    String canonicalUrl,
    String title,
    String text,
    String author,
    String language,
    Instant publishedAt,
    Instant fetchedAt,
    String contentSha256,
    Provenance provenance,
    ChatInfo chat) {

  public Report {
    Objects.requireNonNull(id, "The 'id' parameter must not be null.");
    Objects.requireNonNull(sourceId, "The 'sourceId' parameter must not be null.");
    Objects.requireNonNull(kind, "The 'kind' parameter must not be null.");
    if (text == null) {
      text = "";
    }
    if (contentSha256 == null) {
      contentSha256 = ReportIds.sha256Hex(ReportIds.normaliseText(text));
    }
  }
}
