package dev.signaldesk.crawler.chat;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * MemoTrace / WeChatMsg CSV: {@code localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,
 * StrContent,StrTime,Remark,NickName,Sender}. Columns are read by name (older exports lack some or
 * add an index column). The time is {@code CreateTime} (unix seconds) when present, else the local
 * {@code StrTime}. In group chats ({@code TalkerId} ending in {@code @chatroom}) the text may start
 * with the speaker's {@code wxid_…:\n}, which is split off and used as the sender when {@code
 * Sender} is empty. The chat room id keys the message ids; the group name comes from the file.
 */
final class MemoTraceCsvParser implements ChatParser {

  @Override
  public void parse(ChatSource source, MessageHandler handler) throws IOException {
    try (BufferedReader reader = source.openReader()) {
      CsvRows.forEach(reader, ',', handler, (row, header) -> read(row, source, handler));
    }
  }

  private static void read(CsvRows.Row row, ChatSource source, MessageHandler handler) {
    Instant time = time(row, source);
    if (time == null) {
      handler.problem(row.line(), "no valid CreateTime or StrTime");
      return;
    }
    int type;
    int subType;
    try {
      type = Integer.parseInt(blankToZero(row.get("Type")));
      subType = Integer.parseInt(blankToZero(row.get("SubType")));
    } catch (NumberFormatException e) {
      handler.problem(row.line(), "Type or SubType is not a number");
      return;
    }
    String talker = row.get("TalkerId");
    boolean group = talker == null || talker.endsWith("@chatroom");
    String text = row.get("StrContent") == null ? "" : row.get("StrContent");
    String sender = nonBlank(row.get("Sender"));
    if (group) {
      String[] prefixed = WeChatContent.splitSenderPrefix(text);
      if (prefixed != null) {
        sender = sender == null ? prefixed[0] : sender;
        text = prefixed[1];
      }
    }
    String nick = nonBlank(row.get("NickName"));
    if (sender == null) {
      sender = "1".equals(row.get("IsSender")) ? "me" : nick != null ? nick : talker;
    }
    MessageType messageType = WeChatContent.ofTypeCode(type, subType);
    if (messageType == MessageType.TEXT) {
      messageType = WeChatContent.placeholderType(text);
    }
    text = WeChatContent.wordsOnly(messageType, text);
    handler.message(
        new ParsedMessage(
            row.line(),
            time,
            nonBlank(talker),
            null,
            sender,
            nick,
            text,
            messageType,
            null,
            null,
            null,
            List.of()));
  }

  private static Instant time(CsvRows.Row row, ChatSource source) {
    String createTime = nonBlank(row.get("CreateTime"));
    if (createTime != null
        && createTime.chars().allMatch(Character::isDigit)
        && createTime.length() <= 12) {
      long seconds = Long.parseLong(createTime);
      return Instant.ofEpochSecond(seconds > 100_000_000_000L ? seconds / 1000 : seconds);
    }
    String strTime = nonBlank(row.get("StrTime"));
    return strTime == null ? null : WeChatContent.localTime(strTime, source.zone());
  }

  static String nonBlank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String blankToZero(String value) {
    return value == null || value.isBlank() ? "0" : value.strip();
  }
}
