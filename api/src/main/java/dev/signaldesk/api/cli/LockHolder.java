package dev.signaldesk.api.cli;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Properties;

/**
 * Who holds a data directory: written into the lock file by the holder, read back by a process that
 * is refused, so the refusal can name the process instead of failing with a Lucene stack trace.
 *
 * @param pid the holder's process id, or -1 when the file did not say
 * @param command the SignalDesk command it runs ({@code serve}, {@code demo}, ...)
 * @param since when it took the lock, or null when the file did not say
 */
public record LockHolder(long pid, String command, Instant since) {

  /** The file format: a small properties file, readable by a human who opens the lock file. */
  String toFileText() {
    return "pid=" + pid + "\ncommand=" + command + "\nsince=" + since + "\n";
  }

  /** Reads what {@link #toFileText()} wrote; tolerates an empty or half-written file. */
  static LockHolder parse(String text) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(text));
    } catch (IOException | IllegalArgumentException e) {
      return new LockHolder(-1, "unknown", null);
    }
    long pid;
    try {
      pid = Long.parseLong(p.getProperty("pid", "-1").trim());
    } catch (NumberFormatException e) {
      pid = -1;
    }
    Instant since;
    try {
      since = p.containsKey("since") ? Instant.parse(p.getProperty("since").trim()) : null;
    } catch (DateTimeParseException e) {
      since = null;
    }
    return new LockHolder(pid, p.getProperty("command", "unknown").trim(), since);
  }

  /** {@code process 4242 (signaldesk serve, since 2026-11-28T15:00:00Z)}. */
  String describe() {
    String who = pid > 0 ? "process " + pid : "another process";
    String when = since == null ? "" : ", since " + since;
    return who + " (signaldesk " + command + when + ")";
  }
}
