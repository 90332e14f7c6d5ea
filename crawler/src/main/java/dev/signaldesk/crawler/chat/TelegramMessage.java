package dev.signaldesk.crawler.chat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one Telegram message object: {@code id}, {@code type} (message / service), {@code date} or
 * {@code date_unixtime}, {@code from} / {@code from_id} (a string {@code user123}, or a number in
 * very old exports), {@code text} (a string, or an array mixing strings and {@code {type, text}}
 * entities), {@code reply_to_message_id}, {@code forwarded_from} and the media fields.
 */
final class TelegramMessage {

  private TelegramMessage() {}

  static void read(
      JsonNode node,
      TelegramJsonParser.TelegramChat chat,
      long index,
      ZoneId zone,
      MessageHandler handler,
      String path) {
    if (!node.isObject()) {
      handler.problem(index, path + " is not a JSON object");
      return;
    }
    JsonNode id = node.get("id");
    if (id == null || !id.canConvertToLong()) {
      handler.problem(index, path + " has no numeric id");
      return;
    }
    Instant time = TelegramJsonParser.time(node, zone);
    if (time == null) {
      handler.problem(index, path + " has no valid date or date_unixtime");
      return;
    }
    List<String> names = new ArrayList<>();
    String text = text(node.get("text"), names);
    boolean service = "service".equals(node.path("type").asText("message"));
    String senderId = senderId(node, service);
    String senderName = textOrNull(node.get(service ? "actor" : "from"));
    String chatId = chat.id;
    String prefix = chatId == null ? "" : chatId + ":";
    JsonNode reply = node.get("reply_to_message_id");
    handler.message(
        new ParsedMessage(
            index,
            time,
            chatId == null ? null : "telegram:" + chatId,
            chat.groupName(),
            senderId != null ? senderId : senderName,
            senderName,
            text,
            service ? MessageType.SYSTEM : type(node),
            prefix + id.asLong(),
            reply != null && reply.canConvertToLong() ? prefix + reply.asLong() : null,
            textOrNull(node.get("forwarded_from")),
            names));
  }

  private static String senderId(JsonNode node, boolean service) {
    JsonNode from = node.get(service ? "actor_id" : "from_id");
    if (from == null || from.isNull()) {
      return null;
    }
    return from.isNumber() ? "user" + from.asLong() : from.asText();
  }

  private static String textOrNull(JsonNode node) {
    return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText();
  }

  /** The plain text; mentioned names are collected so they can be pseudonymised. */
  static String text(JsonNode text, List<String> names) {
    if (text == null || text.isNull()) {
      return "";
    }
    if (text.isTextual()) {
      return text.asText();
    }
    StringBuilder sb = new StringBuilder();
    for (JsonNode part : text) {
      if (part.isTextual()) {
        sb.append(part.asText());
        continue;
      }
      String value = part.path("text").asText("");
      String type = part.path("type").asText("");
      if (type.equals("mention_name") && !value.isBlank()) {
        names.add(value.strip());
      } else if (type.equals("mention") && value.startsWith("@")) {
        names.add(value.substring(1));
      }
      sb.append(value);
    }
    return sb.toString();
  }

  private static MessageType type(JsonNode node) {
    String media = node.path("media_type").asText("");
    switch (media) {
      case "sticker":
        return MessageType.STICKER;
      case "voice_message", "audio_file":
        return MessageType.VOICE;
      case "video_file", "video_message", "animation":
        return MessageType.VIDEO;
      default:
        break;
    }
    if (node.has("photo")) {
      return MessageType.IMAGE;
    }
    if (node.has("file")) {
      return MessageType.FILE;
    }
    if (node.has("location_information")) {
      return MessageType.LOCATION;
    }
    if (node.has("contact_information")) {
      return MessageType.CONTACT;
    }
    if (node.has("poll")) {
      return MessageType.OTHER;
    }
    return MessageType.TEXT;
  }
}
