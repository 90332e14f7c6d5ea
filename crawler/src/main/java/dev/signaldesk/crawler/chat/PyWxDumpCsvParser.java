package dev.signaldesk.crawler.chat;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * PyWxDump CSV: {@code id,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,CreateTime}, no
 * BOM, {@code CreateTime} a local-time string. {@code MsgSvrID} is the server's message id, stable
 * across exports, so it keys the report id together with the room id.
 */
final class PyWxDumpCsvParser implements ChatParser {

  @Override
  public void parse(ChatSource source, MessageHandler handler) throws IOException {
    try (BufferedReader reader = source.openReader()) {
      CsvRows.forEach(reader, ',', handler, (row, header) -> read(row, source, handler));
    }
  }

  private static void read(CsvRows.Row row, ChatSource source, MessageHandler handler) {
    String createTime = MemoTraceCsvParser.nonBlank(row.get("CreateTime"));
    Instant time = createTime == null ? null : WeChatContent.localTime(createTime, source.zone());
    if (time == null
        && createTime != null
        && createTime.length() <= 12
        && createTime.chars().allMatch(c -> c >= '0' && c <= '9')) {
      // at most 12 digits, so the number fits a long and the instant's range
      time = Instant.ofEpochSecond(Long.parseLong(createTime));
    }
    if (time == null) {
      handler.problem(row.line(), "no valid CreateTime");
      return;
    }
    String room = MemoTraceCsvParser.nonBlank(row.get("room_name"));
    String text = row.get("msg") == null ? "" : row.get("msg");
    String sender = MemoTraceCsvParser.nonBlank(row.get("talker"));
    if (room != null && room.endsWith("@chatroom")) {
      String[] prefixed = WeChatContent.splitSenderPrefix(text);
      if (prefixed != null) {
        sender = sender == null || sender.equals(room) ? prefixed[0] : sender;
        text = prefixed[1];
      }
    }
    if (sender == null) {
      sender = "1".equals(row.get("is_sender")) ? "me" : "unknown";
    }
    MessageType type = typeOf(row.get("type_name"));
    if (type == MessageType.TEXT) {
      type = WeChatContent.placeholderType(text);
    }
    text = WeChatContent.wordsOnly(type, text);
    String msgSvrId = MemoTraceCsvParser.nonBlank(row.get("MsgSvrID"));
    handler.message(
        new ParsedMessage(
            row.line(),
            time,
            room,
            null,
            sender,
            null,
            text,
            type,
            msgSvrId == null ? null : "MsgSvrID:" + msgSvrId,
            null,
            null,
            List.of()));
  }

  /** PyWxDump's Chinese type names: 文本, 图片, 语音, 视频, 动画表情, 文件, 卡片式链接, 引用回复, 系统通知 … */
  static MessageType typeOf(String typeName) {
    String t = typeName == null ? "" : typeName.strip();
    if (t.isEmpty() || t.equals("文本") || t.contains("引用")) {
      return MessageType.TEXT;
    }
    if (t.contains("系统") || t.contains("撤回") || t.contains("拍一拍")) {
      return MessageType.SYSTEM;
    }
    if (t.contains("图片")) {
      return MessageType.IMAGE;
    }
    if (t.contains("语音") && !t.contains("通话")) {
      return MessageType.VOICE;
    }
    if (t.contains("通话")) {
      return MessageType.CALL;
    }
    if (t.contains("视频")) {
      return MessageType.VIDEO;
    }
    if (t.contains("表情")) {
      return MessageType.STICKER;
    }
    if (t.contains("文件")) {
      return MessageType.FILE;
    }
    if (t.contains("链接") || t.contains("小程序") || t.contains("分享")) {
      return MessageType.LINK;
    }
    if (t.contains("位置")) {
      return MessageType.LOCATION;
    }
    if (t.contains("名片")) {
      return MessageType.CONTACT;
    }
    return MessageType.OTHER;
  }
}
