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
    assertThat(w.shutdownGrace()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void streamsAreKeptAliveEveryFifteenSecondsUnlessConfigured() throws Exception {
    Path file = Files.writeString(dir.resolve("sse.yml"), "alerts:\n  sse-keep-alive: 30s\n");

    assertThat(new ConfigLoader().defaults().alerts().sseKeepAlive())
        .isEqualTo(Duration.ofSeconds(15));
    assertThat(new ConfigLoader().load(file).alerts().sseKeepAlive())
        .isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aNegativeKeepAliveIsReportedWithItsKey() throws Exception {
    Path file = Files.writeString(dir.resolve("neg.yml"), "alerts:\n  sse-keep-alive: -5s\n");

    assertThatThrownBy(() -> new ConfigLoader().load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("alerts.sse-keep-alive");
  }

  @Test
  void aNegativeShutdownGraceIsReportedWithItsKey() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("grace.yml"), "alerts:\n  webhooks:\n    shutdown-grace: -1s\n");

    assertThatThrownBy(() -> new ConfigLoader().load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("alerts.webhooks.shutdown-grace");
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

  @Test
  void matchThreadsDefaultToOnePerProcessorUnlessConfigured() throws Exception {
    Path file = Files.writeString(dir.resolve("threads.yml"), "alerts:\n  match-threads: 3\n");

    AlertsConfig defaults = new ConfigLoader().defaults().alerts();
    assertThat(defaults.matchThreads()).isZero();
    assertThat(defaults.effectiveMatchThreads())
        .isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(new ConfigLoader().load(file).alerts().effectiveMatchThreads()).isEqualTo(3);
  }

  @Test
  void aNegativeOrHugeMatchThreadCountIsReportedWithItsKey() throws Exception {
    for (String value : new String[] {"-1", "257"}) {
      Path file =
          Files.writeString(
              dir.resolve("t" + value + ".yml"), "alerts:\n  match-threads: " + value + "\n");

      assertThatThrownBy(() -> new ConfigLoader().load(file))
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining("alerts.match-threads")
          .hasMessageContaining(value);
    }
  }
}
