package dev.signaldesk.crawler.chat;

/**
 * One thing that went wrong while importing a file: a line that could not be read, a JSON message
 * that was malformed, a refused zip entry. Reasons never quote message text or names, so a problem
 * list is safe to show even when the import was pseudonymised.
 *
 * @param file the import file name (no directories)
 * @param line 1-based line, or 1-based message index for JSON formats; 0 for the file as a whole
 * @param reason what was wrong, in words a user can act on
 */
public record ImportProblem(String file, long line, String reason) {

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
  }
}
