package dev.signaldesk.api.model;

import dev.signaldesk.model.ChatInfo;
import dev.signaldesk.model.Provenance;
import dev.signaldesk.model.Report;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * The full stored report, as {@code GET /api/documents/{id}} returns it. Field meanings are those
 * of {@link Report}; times are ISO-8601 instants, {@code kind} is lower case.
 */
@Serdeable
public record DocumentView(
    String id,
    String source,
    String kind,
    String url,
    String canonicalUrl,
    String title,
    String text,
    String author,
    String language,
    String publishedAt,
    String fetchedAt,
    String contentSha256,
    ProvenanceView provenance,
    ChatView chat) {

  public static DocumentView of(Report r) {
    return new DocumentView(
        r.id(),
        r.sourceId(),
        r.kind().name().toLowerCase(java.util.Locale.ROOT),
        r.url(),
        r.canonicalUrl(),
        r.title(),
        r.text(),
        r.author(),
        r.language(),
        iso(r.publishedAt()),
        iso(r.fetchedAt()),
        r.contentSha256(),
        r.provenance() == null ? null : ProvenanceView.of(r),
        r.chat() == null ? null : ChatView.of(r.chat()));
  }

  static String iso(Instant t) {
    return t == null ? null : t.toString();
  }

  /**
   * Where the report's bytes came from; see {@link Provenance}. The report's URL, canonical URL,
   * fetch time and text digest are repeated here so a reporter has the whole trail in one object;
   * {@code snapshot} is the path of the archived response, null when there is none (chat).
   */
  @Serdeable
  public record ProvenanceView(
      String origin,
      String url,
      String canonicalUrl,
      String fetchedAt,
      String sha256,
      String contentType,
      String warcFile,
      String warcRecordId,
      String importFile,
      String importFormat,
      Long importLine,
      String snapshot) {

    static ProvenanceView of(Report r) {
      Provenance p = r.provenance();
      boolean archived = p.warcFile() != null && p.warcRecordId() != null;
      return new ProvenanceView(
          p.origin() == null ? null : p.origin().name().toLowerCase(java.util.Locale.ROOT),
          r.url(),
          r.canonicalUrl(),
          iso(r.fetchedAt()),
          r.contentSha256(),
          p.contentType(),
          p.warcFile(),
          p.warcRecordId(),
          p.importFile(),
          p.importFormat(),
          p.importLine(),
          archived ? "/api/documents/" + r.id() + "/snapshot" : null);
    }
  }

  /** Chat facts of a chat message; see {@link ChatInfo}. */
  @Serdeable
  public record ChatView(
      String group,
      String sender,
      String messageType,
      String replyToId,
      String forwardedFrom,
      String offer) {

    static ChatView of(ChatInfo c) {
      return new ChatView(
          c.group(), c.sender(), c.messageType(), c.replyToId(), c.forwardedFrom(), c.offer());
    }
  }
}
