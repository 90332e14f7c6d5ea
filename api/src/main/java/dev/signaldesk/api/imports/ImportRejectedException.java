package dev.signaldesk.api.imports;

/**
 * An upload refused as a whole: too large (413), not a chat export SignalDesk reads (415), or bad
 * options or an unsafe file (400). The message is safe to show: it names no message content.
 */
public final class ImportRejectedException extends RuntimeException {
  private final int status;
  private final String slug;

  ImportRejectedException(int status, String slug, String message) {
    super(message);
    this.status = status;
    this.slug = slug;
  }

  public int status() {
    return status;
  }

  /** The problem type's last part, e.g. {@code upload-too-large}. */
  public String slug() {
    return slug;
  }
}
