package dev.signaldesk.crawler.chat;

import java.io.IOException;

/**
 * Reads one export format. Implementations stream: they hand each message to the handler as soon as
 * it is complete and keep no more than one message in memory. A bad line is reported to the handler
 * and skipped; an unreadable rest of file (truncated JSON, unbalanced CSV quote) is reported and
 * ends the parse. An {@link IOException} means the file itself could not be read.
 */
interface ChatParser {

  void parse(ChatSource source, MessageHandler handler) throws IOException;
}
