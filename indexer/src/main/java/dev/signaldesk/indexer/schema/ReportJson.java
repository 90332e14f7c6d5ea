package dev.signaldesk.indexer.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signaldesk.model.ChatInfo;
import dev.signaldesk.model.Provenance;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportKind;
import java.time.Instant;

/**
 * The stored JSON form of a report. Written by hand over a Jackson tree so that the format is
 * explicit (it lives in every index on disk) and needs no date-time module.
 */
final class ReportJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ReportJson() {}

  static String write(Report r) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", r.id());
    n.put("sourceId", r.sourceId());
    n.put("kind", r.kind().name());
    n.put("url", r.url());
    n.put("canonicalUrl", r.canonicalUrl());
    n.put("title", r.title());
    n.put("text", r.text());
    n.put("author", r.author());
    n.put("language", r.language());
    n.put("publishedAt", r.publishedAt() == null ? null : r.publishedAt().toString());
    n.put("fetchedAt", r.fetchedAt() == null ? null : r.fetchedAt().toString());
    n.put("contentSha256", r.contentSha256());
    if (r.provenance() != null) {
      Provenance p = r.provenance();
      ObjectNode pn = n.putObject("provenance");
      pn.put("origin", p.origin() == null ? null : p.origin().name());
      pn.put("contentType", p.contentType());
      pn.put("warcFile", p.warcFile());
      pn.put("warcRecordId", p.warcRecordId());
      pn.put("importFile", p.importFile());
      pn.put("importFormat", p.importFormat());
      pn.put("importLine", p.importLine());
    }
    if (r.chat() != null) {
      ChatInfo c = r.chat();
      ObjectNode cn = n.putObject("chat");
      cn.put("group", c.group());
      cn.put("sender", c.sender());
      cn.put("messageType", c.messageType());
      cn.put("replyToId", c.replyToId());
      cn.put("forwardedFrom", c.forwardedFrom());
      cn.put("offer", c.offer());
    }
    return n.toString();
  }

  static Report read(String json) {
    JsonNode n;
    try {
      n = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored report JSON is unreadable: " + e.getMessage(), e);
    }
    JsonNode pn = n.get("provenance");
    Provenance provenance =
        pn == null || pn.isNull()
            ? null
            : new Provenance(
                pn.hasNonNull("origin")
                    ? Provenance.Origin.valueOf(pn.get("origin").asText())
                    : null,
                text(pn, "contentType"),
                text(pn, "warcFile"),
                text(pn, "warcRecordId"),
                text(pn, "importFile"),
                text(pn, "importFormat"),
                pn.hasNonNull("importLine") ? pn.get("importLine").asLong() : null);
    JsonNode cn = n.get("chat");
    ChatInfo chat =
        cn == null || cn.isNull()
            ? null
            : new ChatInfo(
                text(cn, "group"),
                text(cn, "sender"),
                text(cn, "messageType"),
                text(cn, "replyToId"),
                text(cn, "forwardedFrom"),
                text(cn, "offer"));
    return new Report(
        text(n, "id"),
        text(n, "sourceId"),
        ReportKind.valueOf(text(n, "kind")),
        text(n, "url"),
        text(n, "canonicalUrl"),
        text(n, "title"),
        text(n, "text"),
        text(n, "author"),
        text(n, "language"),
        instant(n, "publishedAt"),
        instant(n, "fetchedAt"),
        text(n, "contentSha256"),
        provenance,
        chat);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Instant instant(JsonNode n, String field) {
    String v = text(n, field);
    return v == null ? null : Instant.parse(v);
  }
}
