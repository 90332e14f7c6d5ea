package dev.signaldesk.crawler.chat;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MemoTrace TXT: each message is a header {@code YYYY-MM-DD HH:MM:SS name}, its content lines and a
 * blank line. System lines (recalls, invites) have a header without a name. A quote is a content
 * line {@code 引用:name:text}; the quoted name is pseudonymised like a sender. Media are the
 * placeholders {@code [图片]}, {@code [语音]} …
 */
final class MemoTraceTxtParser implements ChatParser {

  static final Pattern HEADER =
      Pattern.compile("^(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2})(?: +(\\S.*?))?\\s*$");
  private static final Pattern QUOTE = Pattern.compile("^引用[:：]([^:：\\n]{1,40})[:：]");

  @Override
  public void parse(ChatSource source, MessageHandler handler) throws IOException {
    MessageAssembler assembler = new MessageAssembler(handler, MemoTraceTxtParser::finish);
    try (BufferedReader reader = source.openReader()) {
      long lineNo = 0;
      String line;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        Matcher header = HEADER.matcher(line);
        if (!header.matches()) {
          MessageAssembler.Pending pending = assembler.continueWith(lineNo, line);
          Matcher quote = QUOTE.matcher(line);
          if (pending != null && quote.find()) {
            pending.namesInText.add(quote.group(1).strip());
          }
          continue;
        }
        Instant time = WeChatContent.localTime(header.group(1), source.zone());
        if (time == null) {
          assembler.bad(lineNo, "the message header has an impossible date or time");
          continue;
        }
        String name = header.group(2);
        MessageAssembler.Pending pending =
            assembler.start(new MessageAssembler.Start(lineNo, time, name, "", name == null));
        pending.text.setLength(0);
      }
      assembler.flush();
    }
  }

  private static ParsedMessage finish(MessageAssembler.Pending p) {
    String text = p.text().strip();
    MessageType type = p.start.system() ? MessageType.SYSTEM : WeChatContent.placeholderType(text);
    text = WeChatContent.wordsOnly(type, text);
    return p.toMessage(null, type, text);
  }
}
