package dev.signaldesk.crawler.chat;

/** Receives what a parser reads: messages, and problems with the lines it could not read. */
interface MessageHandler {

  void message(ParsedMessage message);

  /**
   * A sender's raw display name, known before their messages arrive (from a first pass), so that
   * mentions of them in earlier messages are pseudonymised too.
   */
  default void sender(String rawName) {}

  /**
   * A line or message that could not be read. The reason must not quote the content (it may hold
   * names or numbers).
   */
  void problem(long line, String reason);
}
