package dev.signaldesk.crawler.chat;

import java.time.Instant;
import java.util.List;

/**
 * One message as a parser read it, before privacy rules and ids are applied. Holds raw names: it
 * never leaves the package.
 *
 * @param line 1-based line (or JSON message index) in the import file
 * @param time when it was sent
 * @param chatKey stable id of the chat when the format has one (Telegram chat id, WeChat room id),
 *     else null and the group name is used
 * @param chatName the chat name the file itself carries, or null
 * @param senderId the most stable raw identifier of the sender (wxid, {@code user123}, or the
 *     display name when nothing better exists); null for system messages
 * @param senderName the sender's display name as shown in the chat, or null
 * @param text the message text (may be empty for media)
 * @param type what kind of message it is
 * @param stableKey the format's own message id, or null
 * @param replyToKey the format's id of the message this one replies to, or null
 * @param forwardedFrom raw name of the original author of a forwarded message, or null
 * @param namesInText raw names the text mentions or quotes (mentions, 引用:name:…), to be replaced by
 *     pseudonyms even if those people never speak in the file
 */
record ParsedMessage(
    long line,
    Instant time,
    String chatKey,
    String chatName,
    String senderId,
    String senderName,
    String text,
    MessageType type,
    String stableKey,
    String replyToKey,
    String forwardedFrom,
    List<String> namesInText) {

  /** A message of a format with neither stable ids nor replies. */
  static ParsedMessage simple(
      long line, Instant time, String chatName, String sender, String text, MessageType type) {
    return new ParsedMessage(
        line, time, null, chatName, sender, sender, text, type, null, null, null, List.of());
  }
}
