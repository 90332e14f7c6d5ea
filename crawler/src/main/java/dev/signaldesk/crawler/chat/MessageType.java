package dev.signaldesk.crawler.chat;

import java.util.Locale;

/**
 * What kind of message a line or record is. Only messages with human text become reports; the rest
 * are counted per type in the summary.
 */
public enum MessageType {
  TEXT,
  IMAGE,
  VOICE,
  VIDEO,
  STICKER,
  LINK,
  FILE,
  MEDIA,
  LOCATION,
  CALL,
  CONTACT,
  DELETED,
  SYSTEM,
  OTHER;

  /** Lower-case name, as stored in {@code ChatInfo.messageType} and summary maps. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
