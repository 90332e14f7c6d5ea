package dev.signaldesk.api.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.IntFunction;

/** Invented trading chats in WhatsApp's iOS export form, one message a minute, for the loops. */
final class WhatsAppExportFile {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy, HH:mm:ss");

  private WhatsAppExportFile() {}

  /**
   * Writes {@code messages} lines; message {@code i} is sent at {@code start} plus {@code i}
   * minutes by {@code senders[i % senders.length]} and says {@code text.apply(i)}.
   */
  static Path write(
      Path file, LocalDateTime start, int messages, String[] senders, IntFunction<String> text)
      throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < messages; i++) {
      sb.append('[')
          .append(TIME.format(start.plusMinutes(i)))
          .append("] ")
          .append(senders[i % senders.length])
          .append(": ")
          .append(text.apply(i))
          .append('\n');
    }
    return Files.writeString(file, sb.toString());
  }
}
