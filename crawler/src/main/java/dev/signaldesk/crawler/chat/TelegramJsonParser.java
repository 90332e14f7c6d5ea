package dev.signaldesk.crawler.chat;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * Telegram Desktop {@code result.json}: one chat ({@code name, type, id, messages}) or a full
 * export with chats under {@code chats.list} (and {@code left_chats.list}). Streamed with Jackson's
 * token parser: only one message is ever a tree in memory, so exports of any size read in bounded
 * memory. The invalid {@code \xHH} escapes some exports contain are repaired on the way in.
 *
 * <p>Message numbers in problems and provenance are 1-based message indexes across the file. Stable
 * keys are chat id + message id, so overlapping exports de-duplicate exactly; replies link to the
 * id of the replied message. Personal chats are filed as {@code telegram-private-<id>}, never under
 * the other person's name.
 */
final class TelegramJsonParser implements ChatParser {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public void parse(ChatSource source, MessageHandler handler) throws IOException {
    Walk walk = new Walk(source, handler);
    try (Reader reader = new HexEscapeRepairReader(source.openReader());
        JsonParser parser = MAPPER.getFactory().createParser(reader)) {
      walk.parser = parser;
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        handler.problem(1, "the file is not a JSON object (a Telegram export starts with '{')");
        return;
      }
      walk.chat("");
    } catch (JsonEOFException e) {
      handler.problem(
          walk.position(), "the JSON ends early at " + walk.path + " (truncated file?)");
    } catch (JsonParseException e) {
      handler.problem(
          walk.position(),
          String.format(
              "malformed JSON at line %d, column %d (%s); the rest of the file is not read",
              e.getLocation().getLineNr(), e.getLocation().getColumnNr(), walk.path));
    } catch (JsonProcessingException e) {
      handler.problem(walk.position(), "unreadable JSON at " + walk.path);
    }
  }

  /** The state of one pass: where in the file we are, and the chat being read. */
  private static final class Walk {
    private final ChatSource source;
    private final MessageHandler handler;
    private JsonParser parser;
    private long index;
    private boolean inMessage;
    private String path = "$";

    Walk(ChatSource source, MessageHandler handler) {
      this.source = source;
      this.handler = handler;
    }

    /** The 1-based index of the message being read, or of the next one between messages. */
    long position() {
      return inMessage ? index : index + 1;
    }

    /** Reads a chat object; the parser is at its START_OBJECT. */
    void chat(String at) throws IOException {
      TelegramChat chat = new TelegramChat();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (field) {
          case "name" -> chat.name = value == JsonToken.VALUE_NULL ? null : parser.getText();
          case "id" -> chat.id = parser.getText();
          case "type" -> chat.type = parser.getText();
          case "messages" -> messages(at + "messages", chat, value);
          case "chats", "left_chats" -> chatList(at + field, value);
          default -> parser.skipChildren();
        }
      }
    }

    private void chatList(String at, JsonToken value) throws IOException {
      if (value != JsonToken.START_OBJECT) {
        parser.skipChildren();
        return;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken listToken = parser.nextToken();
        if (!field.equals("list") || listToken != JsonToken.START_ARRAY) {
          parser.skipChildren();
          continue;
        }
        int n = 0;
        JsonToken element;
        while ((element = parser.nextToken()) != JsonToken.END_ARRAY) {
          if (element == JsonToken.START_OBJECT) {
            chat(at + ".list[" + n + "].");
          } else {
            parser.skipChildren();
          }
          n++;
        }
      }
    }

    private void messages(String at, TelegramChat chat, JsonToken value) throws IOException {
      if (value != JsonToken.START_ARRAY) {
        parser.skipChildren();
        return;
      }
      int n = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        path = at + "[" + n + "]";
        index++;
        inMessage = true;
        JsonNode node = MAPPER.readTree(parser);
        inMessage = false;
        TelegramMessage.read(node, chat, index, source.zone(), handler, path);
        n++;
      }
      path = at;
    }
  }

  /** What is known about the chat whose messages are being read. */
  static final class TelegramChat {
    String name;
    String id;
    String type;

    String groupName() {
      if (type != null && (type.equals("personal_chat") || type.equals("saved_messages"))) {
        return "telegram-private-" + (id == null ? "unknown" : id);
      }
      return name;
    }
  }

  static Instant time(JsonNode node, java.time.ZoneId zone) {
    JsonNode unix = node.get("date_unixtime");
    if (unix != null && !unix.isNull()) {
      try {
        return Instant.ofEpochSecond(Long.parseLong(unix.asText().strip()));
      } catch (NumberFormatException | java.time.DateTimeException e) {
        // a number beyond the instant range is as unreadable as no number
        return null;
      }
    }
    JsonNode date = node.get("date");
    if (date == null || !date.isTextual()) {
      return null;
    }
    try {
      return LocalDateTime.parse(date.asText().strip()).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
