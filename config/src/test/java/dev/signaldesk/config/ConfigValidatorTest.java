package dev.signaldesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Range checks of the crawler's revisit, backoff, commit and probe settings. */
class ConfigValidatorTest {
  private static final String JAZZYEAR =
      "sources:\n  - {id: jz, type: jazzyear, base-url: 'https://www.jazzyear.com', probe-misses: ";

  @TempDir Path dir;

  static Stream<Arguments> outOfRange() {
    return Stream.of(
        Arguments.of("crawler:\n  revisit-after: 10s\n", "crawler.revisit-after", "10s"),
        Arguments.of("crawler:\n  revisit-after: 400d\n", "crawler.revisit-after", "365d"),
        Arguments.of("crawler:\n  revisit-after: -PT1H\n", "crawler.revisit-after", "between"),
        Arguments.of("crawler:\n  blocked-backoff: 0s\n", "crawler.blocked-backoff", "1s"),
        Arguments.of("crawler:\n  blocked-backoff: 30d\n", "crawler.blocked-backoff", "7d"),
        Arguments.of("crawler:\n  commit-every: 0\n", "crawler.commit-every", "got 0"),
        Arguments.of("crawler:\n  commit-every: -5\n", "crawler.commit-every", "got -5"),
        Arguments.of("crawler:\n  commit-every: 20000\n", "crawler.commit-every", "10000"),
        Arguments.of(JAZZYEAR + "0}\n", "sources[0].probe-misses", "got 0"),
        Arguments.of(JAZZYEAR + "5000}\n", "sources[0].probe-misses", "1000"));
  }

  @ParameterizedTest(name = "{1}: {2}")
  @MethodSource("outOfRange")
  void outOfRangeValueIsRefusedNamingKeyAndReason(String yaml, String key, String reason)
      throws IOException {
    Path f = write(yaml);
    assertThatThrownBy(() -> new ConfigLoader().load(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(key)
        .hasMessageContaining("must be between")
        .hasMessageContaining(reason);
  }

  @Test
  void valuesAtTheEdgesOfTheirRangesAreAccepted() throws IOException {
    Path f =
        write(
            "crawler:\n  revisit-after: 1m\n  blocked-backoff: 7d\n  commit-every: 1\n"
                + JAZZYEAR
                + "1000}\n");
    SignalDeskConfig c = new ConfigLoader().load(f);
    assertThat(c.crawler().revisitAfter()).isEqualTo(Duration.ofMinutes(1));
    assertThat(c.crawler().blockedBackoff()).isEqualTo(Duration.ofDays(7));
    assertThat(c.crawler().commitEvery()).isEqualTo(1);
    assertThat(c.sources().get(0).probeMisses()).isEqualTo(1000);
  }

  @Test
  void durationsInMessagesAreWrittenInTheirLargestExactUnit() {
    assertThat(DurationText.format(Duration.ofDays(7))).isEqualTo("7d");
    assertThat(DurationText.format(Duration.ofSeconds(90))).isEqualTo("90s");
    assertThat(DurationText.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
    assertThat(DurationText.format(Duration.ZERO)).isEqualTo("0ms");
  }

  private Path write(String yaml) throws IOException {
    Path f = dir.resolve("user.yml");
    Files.writeString(f, yaml);
    return f;
  }
}
