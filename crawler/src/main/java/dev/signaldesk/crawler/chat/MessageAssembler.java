package dev.signaldesk.crawler.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Collects a message that spans lines: a header line starts it, following lines continue it, the
 * next header (or the end of the file) completes it. Trailing blank lines are dropped. Used by the
 * line-oriented formats (MemoTrace TXT, WechatExporter TXT, WhatsApp).
 */
final class MessageAssembler {

  /** What a header line said; the text is completed by continuation lines. */
  record Start(
      long line, java.time.Instant time, String sender, String firstText, boolean system) {}

  private final MessageHandler handler;
  private final Function<Pending, ParsedMessage> finisher;
  private Pending pending;
  private boolean discarding;
  private long orphanLine;

  /** A message being assembled. */
  static final class Pending {
    final Start start;
    final StringBuilder text = new StringBuilder();
    final List<String> namesInText = new ArrayList<>();

    Pending(Start start) {
      this.start = start;
      text.append(start.firstText());
    }

    /** The finished message, for formats without ids or replies. */
    ParsedMessage toMessage(String chatName, MessageType type, String finalText) {
      return new ParsedMessage(
          start.line(),
          start.time(),
          null,
          chatName,
          start.sender(),
          start.sender(),
          finalText,
          type,
          null,
          null,
          null,
          List.copyOf(namesInText));
    }

    String text() {
      int end = text.length();
      while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      return text.substring(0, end);
    }
  }

  MessageAssembler(MessageHandler handler, Function<Pending, ParsedMessage> finisher) {
    this.handler = handler;
    this.finisher = finisher;
  }

  /** A header line: completes the previous message and starts a new one. */
  Pending start(Start start) {
    flush();
    discarding = false;
    pending = new Pending(start);
    return pending;
  }

  /** A header line that could not be read: its continuation lines are dropped with it. */
  void bad(long line, String reason) {
    flush();
    handler.problem(line, reason);
    discarding = true;
  }

  /** A line that is not a header. */
  Pending continueWith(long line, String text) {
    if (pending != null) {
      pending.text.append('\n').append(text);
      return pending;
    }
    if (!discarding && !text.isBlank() && orphanLine == 0) {
      orphanLine = line;
      handler.problem(line, "text before the first message header");
    }
    return null;
  }

  /** Completes the last message. */
  void flush() {
    if (pending != null) {
      handler.message(finisher.apply(pending));
      pending = null;
    }
  }
}
