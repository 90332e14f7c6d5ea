package dev.signaldesk.crawler.chat;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * WhatsApp TXT (Android and iOS). Two passes: the first reads only the header dates to decide
 * day/month order for the whole file ({@link DateOrderVote}); the second assembles messages, lines
 * without a header continuing the previous one. A header without {@code Name:} is a system line,
 * and so is an iOS line whose text starts with U+200E (iOS marks system text that way). Media
 * placeholders ({@code <Media omitted>}, {@code image omitted}, {@code <attached: …>}) are typed
 * and carry no text. Invisible marks are stripped everywhere.
 */
final class WhatsAppTxtParser implements ChatParser {

  private static final int MAX_NAME = 80;

  @Override
  public void parse(ChatSource source, MessageHandler handler) throws IOException {
    boolean dayFirst = dayFirst(source, handler);
    MessageAssembler assembler = new MessageAssembler(handler, WhatsAppTxtParser::finish);
    try (BufferedReader reader = source.openReader()) {
      long lineNo = 0;
      String line;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        WhatsAppLine header = WhatsAppLine.parse(line);
        if (header == null) {
          assembler.continueWith(lineNo, WhatsAppLine.stripInvisible(line));
          continue;
        }
        LocalDateTime local = localTime(header, dayFirst);
        if (local == null) {
          assembler.bad(lineNo, "the message header has an impossible date or time");
          continue;
        }
        start(assembler, lineNo, local.atZone(source.zone()).toInstant(), header.rest());
      }
      assembler.flush();
    }
  }

  /**
   * The cheap first pass: votes on the date order, and tells the handler every sender up front so
   * that a name mentioned before its owner first speaks is still pseudonymised.
   */
  private static boolean dayFirst(ChatSource source, MessageHandler handler) throws IOException {
    DateOrderVote vote = new DateOrderVote();
    Set<String> senders = new HashSet<>();
    try (BufferedReader reader = source.withoutProgress().openReader()) {
      String line;
      while ((line = reader.readLine()) != null) {
        WhatsAppLine header = WhatsAppLine.parse(line);
        if (header != null) {
          vote.add(header);
          String name = senderName(header.rest());
          if (name != null && senders.add(name)) {
            handler.sender(name);
          }
        }
      }
    }
    return vote.dayFirst();
  }

  /** The sender name of a header's rest ({@code Name: text}), or null for a system line. */
  private static String senderName(String rest) {
    int colon = rest.indexOf(": ");
    if (colon <= 0 || colon > MAX_NAME) {
      return null;
    }
    String name = WhatsAppLine.stripInvisible(rest.substring(0, colon));
    name = name.replace('\u202F', ' ').replace('\u00A0', ' ').strip();
    return name.startsWith("~") ? name.substring(1).strip() : name;
  }

  private static LocalDateTime localTime(WhatsAppLine h, boolean dayFirst) {
    try {
      return LocalDateTime.of(
          h.year(),
          dayFirst ? h.second() : h.first(),
          dayFirst ? h.first() : h.second(),
          h.hour(),
          h.minute(),
          h.secondOfMinute());
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static void start(
      MessageAssembler assembler, long lineNo, java.time.Instant time, String rest) {
    int colon = rest.indexOf(": ");
    if (colon <= 0 || colon > MAX_NAME) {
      assembler.start(
          new MessageAssembler.Start(lineNo, time, null, WhatsAppLine.stripInvisible(rest), true));
      return;
    }
    String name = senderName(rest);
    String rawText = rest.substring(colon + 2);
    String text = WhatsAppLine.stripInvisible(rawText);
    // iOS prefixes system text (and media placeholders) with U+200E.
    boolean system = rawText.startsWith("\u200E") && mediaType(text) == null;
    assembler.start(new MessageAssembler.Start(lineNo, time, name, text, system));
  }

  private static ParsedMessage finish(MessageAssembler.Pending p) {
    String text = p.text().strip();
    MessageType type;
    if (p.start.system()) {
      type = MessageType.SYSTEM;
    } else {
      MessageType media = mediaType(text);
      type = media == null ? MessageType.TEXT : media;
      if (media != null) {
        text = "";
      }
    }
    return p.toMessage(null, type, text);
  }

  /** The media type of a placeholder, or null for real text. */
  static MessageType mediaType(String text) {
    String t = text.strip();
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.equals("<media omitted>")) {
      return MessageType.MEDIA;
    }
    if (lower.startsWith("<attached: ") && lower.endsWith(">")) {
      if (lower.contains("-photo-")) {
        return MessageType.IMAGE;
      }
      if (lower.contains("-video-")) {
        return MessageType.VIDEO;
      }
      if (lower.contains("-audio-")) {
        return MessageType.VOICE;
      }
      return lower.contains("-sticker-") ? MessageType.STICKER : MessageType.FILE;
    }
    return switch (lower) {
      case "image omitted" -> MessageType.IMAGE;
      case "video omitted", "gif omitted" -> MessageType.VIDEO;
      case "audio omitted" -> MessageType.VOICE;
      case "sticker omitted" -> MessageType.STICKER;
      case "contact card omitted" -> MessageType.CONTACT;
      case "this message was deleted", "you deleted this message" -> MessageType.DELETED;
      case "missed voice call", "missed video call" -> MessageType.CALL;
      case "null" -> MessageType.MEDIA;
      default -> {
        if (lower.endsWith("document omitted")) {
          yield MessageType.FILE;
        }
        yield lower.startsWith("location: https://") ? MessageType.LOCATION : null;
      }
    };
  }
}
