package dev.signaldesk.crawler.chat;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WechatExporter TXT: a first line {@code <chat name> - 微信聊天记录}, then messages {@code NAME
 * (YYYY-MM-DD HH:MM:SS):TEXT}; lines without that header continue the previous message. The chat
 * name from the first line is the group.
 */
final class WeChatExporterTxtParser implements ChatParser {

  static final String TITLE_SUFFIX = " - 微信聊天记录";
  static final Pattern HEADER =
      Pattern.compile("^(.{1,64}?) \\((\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2})\\)[:：](.*)$");

  @Override
  public void parse(ChatSource source, MessageHandler handler) throws IOException {
    try (BufferedReader reader = source.openReader()) {
      String first = reader.readLine();
      if (first == null || !first.strip().endsWith(TITLE_SUFFIX.strip())) {
        handler.problem(1, "the first line is not '<chat name> - 微信聊天记录'");
        return;
      }
      String title = first.strip();
      String chatName = title.substring(0, title.length() - TITLE_SUFFIX.strip().length()).strip();
      MessageAssembler assembler =
          new MessageAssembler(handler, p -> finish(p, chatName.isEmpty() ? null : chatName));
      long lineNo = 1;
      String line;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        Matcher header = HEADER.matcher(line);
        if (!header.matches()) {
          assembler.continueWith(lineNo, line);
          continue;
        }
        Instant time = WeChatContent.localTime(header.group(2), source.zone());
        if (time == null) {
          assembler.bad(lineNo, "the message header has an impossible date or time");
          continue;
        }
        String name = header.group(1).strip();
        boolean system = name.equals("系统消息") || name.equals("系统");
        assembler.start(new MessageAssembler.Start(lineNo, time, name, header.group(3), system));
      }
      assembler.flush();
    }
  }

  private static ParsedMessage finish(MessageAssembler.Pending p, String chatName) {
    String text = p.text().strip();
    MessageType type = p.start.system() ? MessageType.SYSTEM : WeChatContent.placeholderType(text);
    text = WeChatContent.wordsOnly(type, text);
    return p.toMessage(chatName, type, text);
  }
}
