package dev.signaldesk.api.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

  @Test
  void signsWithHmacSha256AsInRfc4231TestCase2() {
    byte[] body = "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8);

    assertThat(WebhookSigner.signature("Jefe", body))
        .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void secretsAreRandomAndLongEnough() {
    String a = WebhookSigner.newSecret();

    assertThat(a).startsWith("whsec_").hasSizeGreaterThan(40);
    assertThat(WebhookSigner.newSecret()).isNotEqualTo(a);
  }
}
