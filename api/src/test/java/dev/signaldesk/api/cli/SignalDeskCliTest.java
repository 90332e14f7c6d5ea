package dev.signaldesk.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignalDeskCliTest {
  @TempDir Path tmp;

  @Test
  void badConfigValueIsOneLineNamingTheKeyAndExitsTwo() throws Exception {
    Path config = Files.writeString(tmp.resolve("bad.yml"), "crawler:\n  min-delay: soon\n");

    CliRun run =
        CliRun.of("search", "H100", "--data", tmp.toString(), "--config", config.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("config error: crawler.min-delay: ");
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void unknownConfigKeyIsReportedBeforeTheServerStarts() throws Exception {
    Path config = Files.writeString(tmp.resolve("typo.yml"), "api:\n  anonymous-reed: true\n");

    CliRun run =
        CliRun.of("serve", "--data", tmp.resolve("d").toString(), "--config", config.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().trim())
        .isEqualTo("config error: api.anonymous-reed: unknown key 'anonymous-reed'");
    assertThat(tmp.resolve("d")).doesNotExist();
  }

  @Test
  void missingConfigFileIsAConfigError() {
    CliRun run = CliRun.of("search", "x", "--config", tmp.resolve("nope.yml").toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("config error: ")
        .contains("nope.yml")
        .contains("no such file");
  }

  @Test
  void searchWithoutAnIndexExplainsWhatToRunFirst() {
    CliRun run = CliRun.of("search", "H100", "--data", tmp.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("no index at").contains("signaldesk demo");
  }

  @Test
  void portInUseIsReportedWithWhatToDoAndReleasesTheDirectory() throws Exception {
    Path data = tmp.resolve("data");
    try (ServerSocket taken = new ServerSocket(0)) {
      CliRun run =
          CliRun.of(
              "serve", "--data", data.toString(), "--port", String.valueOf(taken.getLocalPort()));

      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err())
          .contains("the port is in use")
          .contains("--port")
          .doesNotContain("\tat ");
    }
    try (DataDirLock again = DataDirLock.acquire(data, "serve", java.time.Clock.systemUTC())) {
      assertThat(again.holder().command()).isEqualTo("serve");
    }
  }

  @Test
  void helpListsEveryCommand() {
    CliRun run = CliRun.of("--help");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("demo", "serve", "search", "import", "crawl", "extract", "article", "reindex");
  }
}
