package dev.signaldesk.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/** Makes the stable ids and content digests that keep one article or message one document. */
public final class ReportIds {

  private ReportIds() {}

  /** Id of a NEWS report: {@code news-} and the first 20 hex digits of SHA-256(canonical URL). */
  public static String forUrl(String canonicalUrl) {
    return "news-" + sha256Hex(canonicalUrl).substring(0, 20);
  }

  /**
   * Id of a CHAT report.
   *
   * @param group the chat or group name (or the format's chat id where it has one)
   * @param messageKey the format's stable message id, or an occurrence key such as {@code
   *     time|sender|text|n} (the n-th identical message in the same second)
   */
  public static String forChat(String group, String messageKey) {
    return "chat-" + sha256Hex(group + '\u0000' + messageKey).substring(0, 20);
  }

  /** Id of a demo-corpus report, derived from its slug in the corpus file. */
  public static String forDemo(String slug) {
    return "demo-" + sha256Hex(slug).substring(0, 20);
  }

  /** NFKC, collapsed whitespace, trimmed: two bodies equal after this are the same content. */
  public static String normaliseText(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    return nfkc.replaceAll("\\s+", " ").trim();
  }

  public static String sha256Hex(String value) {
    return sha256Hex(value.getBytes(StandardCharsets.UTF_8));
  }

  public static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
