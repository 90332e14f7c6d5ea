package dev.signaldesk.crawler.chat;

/** Receives what a parser reads: messages, and problems with the lines it could not read. */
interface MessageHandler {

  void message(ParsedMessage message);

  /**
   * A line or message that could not be read. The reason must not quote the content (it may hold
   * names or numbers).
   */
  void problem(long line, String reason);
}
