package dev.signaldesk.api.alerts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook bodies: {@code X-SignalDesk-Signature: sha256=<hex HMAC-SHA256(secret, body)>}.
 * Receivers recompute it over the raw body with the secret they were given at creation.
 */
public final class WebhookSigner {
  /** The signature header. */
  public static final String SIGNATURE_HEADER = "X-SignalDesk-Signature";

  /** The delivery id header: the same id on every retry, for receiver de-duplication. */
  public static final String DELIVERY_HEADER = "X-SignalDesk-Delivery";

  private static final SecureRandom RANDOM = new SecureRandom();

  private WebhookSigner() {}

  /** The header value for {@code body}. */
  public static String signature(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
    }
  }

  /** A new random secret (256 bits, URL-safe text). */
  public static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
