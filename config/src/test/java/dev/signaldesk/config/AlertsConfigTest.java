package dev.signaldesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertsConfigTest {
  @TempDir Path dir;

  @Test
  void defaultsRefusePrivateWebhookTargetsAndBackOffFromTwoSeconds() {
    AlertsConfig.Webhooks w = new ConfigLoader().defaults().alerts().webhooks();

    assertThat(w.allowPrivate()).isFalse();
    assertThat(w.maxAttempts()).isEqualTo(8);
    assertThat(w.initialBackoff()).isEqualTo(Duration.ofSeconds(2));
    assertThat(w.timeout()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void aZeroBackoffIsReportedWithItsSection() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("bad.yml"), "alerts:\n  webhooks:\n    initial-backoff: 0s\n");

    assertThatThrownBy(() -> new ConfigLoader().load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("alerts.webhooks")
        .hasMessageContaining("initial-backoff");
  }
}
