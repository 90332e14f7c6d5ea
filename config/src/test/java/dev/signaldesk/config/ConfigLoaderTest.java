package dev.signaldesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;

  @Test
  void defaultsLoadWithDocumentedValues() {
    SignalDeskConfig c = new ConfigLoader().defaults();
    assertThat(c.crawler().minDelay()).isEqualTo(Duration.ofSeconds(2));
    assertThat(c.crawler().maxRedirects()).isEqualTo(5);
    assertThat(c.sources()).isEmpty();
    assertThat(c.index().synonyms()).anySatisfy(g -> assertThat(g).contains("英伟达", "nvidia"));
    assertThat(c.signals().gpuModels()).containsKey("H100");
    assertThat(c.alerts().webhooks().allowPrivate()).isFalse();
  }

  @Test
  void userFileOverridesDefaultsKeyByKey() throws IOException {
    Path f =
        write(
            """
            crawler:
              user-agent: "TestBot/2.0"
              min-delay: 500ms
            sources:
              - id: 36kr
                type: 36kr
                base-url: http://127.0.0.1:9999
                feeds: [/feed]
                schedule: 30m
              - id: jiazi-wechat
                type: wechat
                urls: [https://mp.weixin.qq.com/s/AbCdEf]
            """);
    SignalDeskConfig c = new ConfigLoader().load(f);
    assertThat(c.crawler().userAgent()).isEqualTo("TestBot/2.0");
    assertThat(c.crawler().minDelay()).isEqualTo(Duration.ofMillis(500));
    assertThat(c.crawler().maxRedirects()).isEqualTo(5);
    assertThat(c.sources()).hasSize(2);
    assertThat(c.sources().get(0).schedule()).isEqualTo(Duration.ofMinutes(30));
    assertThat(c.sources().get(0).feeds()).containsExactly("/feed");
    assertThat(c.sources().get(1).urls()).containsExactly("https://mp.weixin.qq.com/s/AbCdEf");
  }

  @Test
  void unknownKeyIsReportedWithItsPath() throws IOException {
    Path f = write("crawler:\n  min-dealy: 2s\n");
    assertThatThrownBy(() -> new ConfigLoader().load(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("crawler")
        .hasMessageContaining("min-dealy");
  }

  @Test
  void badDurationNamesKeyAndAcceptedForms() throws IOException {
    Path f = write("crawler:\n  min-delay: soon\n");
    assertThatThrownBy(() -> new ConfigLoader().load(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("crawler.min-delay")
        .hasMessageContaining("500ms");
  }

  @Test
  void sourceWithoutItsUrlFailsNamingTheSource() throws IOException {
    Path f = write("sources:\n  - id: site\n    type: feed\n");
    assertThatThrownBy(() -> new ConfigLoader().load(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("sources[0].url");
  }

  @Test
  void duplicateSourceIdsAreRejected() throws IOException {
    Path f =
        write(
            "sources:\n  - {id: a, type: feed, url: 'http://x/rss'}\n"
                + "  - {id: a, type: feed, url: 'http://y/rss'}\n");
    assertThatThrownBy(() -> new ConfigLoader().load(f))
        .hasMessageContaining("duplicate source id");
  }

  @Test
  void negativeDelayIsRejected() throws IOException {
    Path f = write("crawler:\n  min-delay: -PT1S\n");
    assertThatThrownBy(() -> new ConfigLoader().load(f))
        .hasMessageStartingWith("crawler.min-delay");
  }

  @Test
  void missingFileIsReported() {
    assertThatThrownBy(() -> new ConfigLoader().load(dir.resolve("nope.yml")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("no such file");
  }

  private Path write(String yaml) throws IOException {
    Path f = dir.resolve("user.yml");
    Files.writeString(f, yaml);
    return f;
  }
}
