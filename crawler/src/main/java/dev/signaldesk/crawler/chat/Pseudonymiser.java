package dev.signaldesk.crawler.chat;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns sender ids into pseudonyms such as {@code trader-7f3a}: the first hex digits of
 * HMAC-SHA256(key, id). Four digits unless two senders of one import would share them; then the
 * later one gets as many more digits as it takes. One instance serves one import.
 */
final class Pseudonymiser {

  private static final int MIN_DIGITS = 4;

  private final Mac mac;
  private final Map<String, String> digests = new HashMap<>();
  private final Map<String, String> byId = new HashMap<>();
  private final Map<String, String> ownerOfPseudonym = new HashMap<>();

  Pseudonymiser(byte[] key) {
    try {
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
    }
  }

  /** Full hex HMAC of the id: stable, and safe to put into message keys. Cached per sender. */
  String digest(String id) {
    return digests.computeIfAbsent(
        id, k -> HexFormat.of().formatHex(mac.doFinal(k.getBytes(StandardCharsets.UTF_8))));
  }

  /** The pseudonym of this sender id within this import. */
  String pseudonym(String id) {
    String known = byId.get(id);
    if (known != null) {
      return known;
    }
    String hex = digest(id);
    int digits = MIN_DIGITS;
    String candidate = "trader-" + hex.substring(0, digits);
    while (ownerOfPseudonym.containsKey(candidate) && digits < hex.length()) {
      digits++;
      candidate = "trader-" + hex.substring(0, digits);
    }
    ownerOfPseudonym.put(candidate, id);
    byId.put(id, candidate);
    return candidate;
  }
}
