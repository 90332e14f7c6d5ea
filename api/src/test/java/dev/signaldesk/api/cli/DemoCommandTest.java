package dev.signaldesk.api.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signaldesk.demo.DemoCorpus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoCommandTest {
  @TempDir Path tmp;

  private static DemoCommand parse(StringWriter out, String... args) {
    CommandLine cli = SignalDeskCli.commandLine(new PrintWriter(out), new PrintWriter(out));
    CommandLine.ParseResult parsed = cli.parseArgs(args);
    return (DemoCommand) parsed.subcommand().commandSpec().userObject();
  }

  @Test
  void loadsTheBundledCorpusIntoAFreshIndexAndServesIt() throws Exception {
    Path data = tmp.resolve("demo");
    Files.createDirectories(data.resolve("index"));
    Files.writeString(data.resolve(DataDirLock.FILE_NAME), "");
    Files.writeString(data.resolve("index").resolve("stale-from-last-run"), "old");
    StringWriter out = new StringWriter();
    DemoCommand demo = parse(out, "demo", "--data", data.toString(), "--port", "0");

    try (DemoCommand.Session session = demo.start()) {
      String base = session.server().url().toString().replaceAll("/$", "");
      HttpResponse<String> health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                  HttpResponse.BodyHandlers.ofString());
      JsonNode index = new ObjectMapper().readTree(health.body()).path("details").path("index");
      // The news reports and the chat messages of the bundled exports.
      assertThat(index.path("details").path("documents").asLong())
          .isGreaterThan(DemoCorpus.load().reports().size());
      assertThat(data.resolve("index").resolve("stale-from-last-run")).doesNotExist();
      assertThat(out.toString())
          .containsPattern("\\d+ news reports and \\d+ chat messages")
          .contains(base + "/api/signals/prices?model=H100")
          .contains(base + "/api/search?q=H100")
          .contains("curl '" + base + "/api/search?q=%E6%8A%9B%E5%94%AE'")
          .contains("curl '" + base + "/api/search?q=Nvidia")
          .contains("curl '" + base + "/health'");
    }
  }

  @Test
  void refusesToWipeADirectoryThatIsNotASignalDeskDataDirectory() throws Exception {
    Path home = Files.createDirectories(tmp.resolve("home"));
    Path notes = Files.writeString(home.resolve("notes.txt"), "keep me");
    StringWriter out = new StringWriter();

    int code =
        SignalDeskCli.run(
            new PrintWriter(out), new PrintWriter(out), "demo", "--data", home.toString());

    assertThat(code).isEqualTo(ExitCodes.FAILURE);
    assertThat(out.toString()).contains("refusing to wipe").contains(home.toString());
    assertThat(notes).hasContent("keep me");
    assertThat(home.resolve(DataDirLock.FILE_NAME)).doesNotExist();
  }

  @Test
  void wipeRemovesLinksWithoutFollowingThem() throws Exception {
    Path outside = Files.createDirectories(tmp.resolve("outside"));
    Path precious = Files.writeString(outside.resolve("precious.txt"), "keep me");
    Path data = Files.createDirectories(tmp.resolve("data"));
    Files.writeString(data.resolve(DataDirLock.FILE_NAME), "");
    Files.createSymbolicLink(data.resolve("link-to-outside"), outside);

    DemoDataDir.checkWipeable(data);
    DemoDataDir.wipeKeepingLock(data);

    assertThat(data.resolve("link-to-outside")).doesNotExist();
    assertThat(data.resolve(DataDirLock.FILE_NAME)).exists();
    assertThat(precious).hasContent("keep me");
  }

  @Test
  void aFileInPlaceOfTheDirectoryIsRefused() throws Exception {
    Path file = Files.writeString(tmp.resolve("data"), "x");

    assertThatThrownBy(() -> DemoDataDir.checkWipeable(file))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("not a directory");
  }
}
