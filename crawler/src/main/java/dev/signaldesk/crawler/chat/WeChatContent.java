package dev.signaldesk.crawler.chat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the WeChat exporters share: message type codes, placeholders, the group sender prefix. */
final class WeChatContent {

  static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private static final Pattern SENDER_PREFIX =
      Pattern.compile("^(wxid_[A-Za-z0-9_-]+|[A-Za-z][-_A-Za-z0-9]{5,19}):\\r?\\n");

  private static final Map<String, MessageType> PLACEHOLDERS =
      Map.ofEntries(
          Map.entry("[图片]", MessageType.IMAGE),
          Map.entry("[语音]", MessageType.VOICE),
          Map.entry("[视频]", MessageType.VIDEO),
          Map.entry("[表情]", MessageType.STICKER),
          Map.entry("[动画表情]", MessageType.STICKER),
          Map.entry("[文件]", MessageType.FILE),
          Map.entry("[链接]", MessageType.LINK),
          Map.entry("[位置]", MessageType.LOCATION),
          Map.entry("[名片]", MessageType.CONTACT),
          Map.entry("[语音通话]", MessageType.CALL),
          Map.entry("[视频通话]", MessageType.CALL),
          Map.entry("[音视频通话]", MessageType.CALL),
          Map.entry("[小程序]", MessageType.LINK),
          Map.entry("[聊天记录]", MessageType.OTHER));

  private WeChatContent() {}

  /** A group message's leading {@code wxid_…:\n}, split off: {@code [sender, rest]} or null. */
  static String[] splitSenderPrefix(String text) {
    Matcher m = SENDER_PREFIX.matcher(text);
    return m.find() ? new String[] {m.group(1), text.substring(m.end())} : null;
  }

  /** The media type a placeholder text stands for ({@code [图片]} …), or TEXT. */
  static MessageType placeholderType(String text) {
    String t = text.strip();
    MessageType exact = PLACEHOLDERS.get(t);
    if (exact != null) {
      return exact;
    }
    if (t.startsWith("[文件]")) {
      return MessageType.FILE;
    }
    if (t.startsWith("[链接]") || t.startsWith("[分享]")) {
      return MessageType.LINK;
    }
    return MessageType.TEXT;
  }

  /**
   * The words of a message: media and app messages carry a placeholder ({@code [图片]}) or XML, which
   * is not text, so they come out empty and are counted by type instead of imported.
   */
  static String wordsOnly(MessageType type, String text) {
    boolean xml = text.startsWith("<?xml") || text.startsWith("<msg");
    return type == MessageType.TEXT && !xml || type == MessageType.SYSTEM ? text : "";
  }

  /** The type of a WeChat database {@code Type} code (1 text, 3 image … 10000 system). */
  static MessageType ofTypeCode(int type, int subType) {
    return switch (type) {
      case 1 -> MessageType.TEXT;
      case 3 -> MessageType.IMAGE;
      case 34 -> MessageType.VOICE;
      case 43 -> MessageType.VIDEO;
      case 47 -> MessageType.STICKER;
      case 48 -> MessageType.LOCATION;
      case 42 -> MessageType.CONTACT;
      case 50 -> MessageType.CALL;
      case 49 ->
          subType == 57 ? MessageType.TEXT : subType == 6 ? MessageType.FILE : MessageType.LINK;
      case 10000, 10002 -> MessageType.SYSTEM;
      default -> MessageType.OTHER;
    };
  }

  /** Reads {@code yyyy-MM-dd HH:mm:ss} in the zone, or null if it is not such a time. */
  static Instant localTime(String text, ZoneId zone) {
    try {
      return LocalDateTime.parse(text.strip(), LOCAL_TIME).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
