package dev.signaldesk.crawler.extract;

import java.nio.charset.Charset;

/**
 * Text decoded from a response body.
 *
 * @param text the decoded text, without a byte-order mark
 * @param charset the charset used
 * @param how how the charset was chosen: {@code header}, {@code bom}, {@code meta}, {@code
 *     detected} or {@code fallback}; suffixed with {@code +lossy} when malformed bytes had to be
 *     replaced (the caller can then flag the page instead of indexing mojibake)
 */
public record DecodedText(String text, Charset charset, String how) {

  /** True when every byte decoded cleanly. */
  public boolean clean() {
    return !how.endsWith("+lossy");
  }
}
