package dev.signaldesk.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.demo.ChatExport;
import dev.signaldesk.demo.DemoCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  /** Three messages; the second header has an impossible date (31 February). */
  private static final String WHATSAPP_WITH_BAD_LINE =
      """
      [06/01/2025, 21:15:03] Ray Tan: WTS 8x H100 SXM node, Shenzhen, 2.1M CNY
      [31/02/2025, 21:16:00] Mei Ho: this header has an impossible date
      [07/01/2025, 09:31:12] Ray Tan: still available, can discount for two
      """;

  @TempDir Path tmp;

  private Path demoExport(String suffix) throws Exception {
    ChatExport export =
        DemoCorpus.load().chatExports().stream()
            .filter(e -> e.fileName().endsWith(suffix))
            .findFirst()
            .orElseThrow();
    return Files.write(tmp.resolve(export.fileName()), export.bytes());
  }

  @Test
  void importsAnExportPseudonymisedSearchableAndOnlyOnce() throws Exception {
    Path data = tmp.resolve("data");
    Path export = demoExport(".txt");

    CliRun first = CliRun.of("import", export.toString(), "--data", data.toString());
    CliRun again = CliRun.of("import", export.toString(), "--data", data.toString());
    CliRun found =
        CliRun.of("search", "--data", data.toString(), "--kind", "chat", "--json", "H100");

    assertThat(first.code()).as(first.err()).isEqualTo(0);
    assertThat(first.out())
        .contains(export.getFileName().toString() + " (wechat-")
        .containsPattern("\\d+ messages read: [1-9]\\d* imported, 0 duplicates");
    assertThat(again.out()).containsPattern(": 0 imported, [1-9]\\d* duplicates");
    assertThat(found.out()).contains("\"kind\":\"chat\"").doesNotContain("老K-深圳服务器");
  }

  @Test
  void rawSenderNamesAndContactDetailsAppearInNoFileOfTheDataDirectory() throws Exception {
    Path data = tmp.resolve("data");
    CliRun wechat = CliRun.of("import", demoExport(".txt").toString(), "--data", data.toString());
    CliRun telegram =
        CliRun.of("import", demoExport(".json").toString(), "--data", data.toString());
    assertThat(wechat.code()).as(wechat.err()).isZero();
    assertThat(telegram.code()).as(telegram.err()).isZero();

    // Display names of the bundled exports' senders, and the phone number and WeChat id that one
    // message posts: none may reach the index, the database or any other file we keep.
    List<String> secrets =
        List.of(
            "老K-深圳服务器",
            "收卡的小林",
            "北京租赁-Tony",
            "东莞机房-小陈",
            "算力搬运工阿杰",
            "Leo HK Servers",
            "Priya (SG compute)",
            "Dana @ RackSpot",
            "13812345678",
            "wxid_k3m9p2x7q1ab");
    List<Path> files;
    try (var walk = Files.walk(data)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).anySatisfy(f -> assertThat(f.toString()).contains("index"));
    for (Path f : files) {
      String bytes =
          new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1);
      for (String secret : secrets) {
        String needle =
            new String(
                secret.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(bytes).as(secret + " in " + data.relativize(f)).doesNotContain(needle);
      }
    }
  }

  @Test
  void aRejectedLineIsReportedWithFileAndLineAndFailsTheRun() throws Exception {
    Path file = Files.writeString(tmp.resolve("brokers.txt"), WHATSAPP_WITH_BAD_LINE);

    CliRun run = CliRun.of("import", file.toString(), "--data", tmp.resolve("d").toString());

    assertThat(run.code()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.out()).contains("(whatsapp-txt)").contains("brokers.txt:2: ");
    assertThat(run.out()).containsPattern("2 imported, 0 duplicates, 0 without text, 1 rejected");
  }

  @Test
  void strictImportsNothingFromAFileWithABadLine() throws Exception {
    Path file = Files.writeString(tmp.resolve("brokers.txt"), WHATSAPP_WITH_BAD_LINE);
    Path data = tmp.resolve("d");

    CliRun run = CliRun.of("import", "--strict", file.toString(), "--data", data.toString());
    CliRun loose = CliRun.of("import", file.toString(), "--data", data.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.out()).contains("0 imported");
    assertThat(loose.out()).contains("2 imported, 0 duplicates");
  }

  @Test
  void groupOptionFilesMessagesUnderThatName() throws Exception {
    Path file = Files.writeString(tmp.resolve("brokers.txt"), WHATSAPP_WITH_BAD_LINE);
    Path data = tmp.resolve("d");

    CliRun run =
        CliRun.of("import", "--group", "APAC desk", file.toString(), "--data", data.toString());

    assertThat(run.out()).contains("→ APAC desk");
  }

  @Test
  void badOptionsAreUsageErrorsBeforeAnythingIsLocked() throws Exception {
    Path file = Files.writeString(tmp.resolve("brokers.txt"), WHATSAPP_WITH_BAD_LINE);
    Path data = tmp.resolve("d");

    CliRun zone =
        CliRun.of(
            "import", "--timezone", "Mars/Olympus", file.toString(), "--data", data.toString());
    CliRun format =
        CliRun.of("import", "--format", "icq-log", file.toString(), "--data", data.toString());

    assertThat(zone.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(zone.err()).contains("--timezone 'Mars/Olympus'");
    assertThat(format.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(format.err())
        .contains("--format 'icq-log' is not a known format")
        .contains("whatsapp-txt");
    assertThat(data).doesNotExist();
  }

  @Test
  void aLockedDataDirectoryIsRefusedNamingTheHolder() throws Exception {
    Path file = Files.writeString(tmp.resolve("brokers.txt"), WHATSAPP_WITH_BAD_LINE);
    Path data = tmp.resolve("d");
    try (DataDirLock held = DataDirLock.acquire(data, "serve", Clock.systemUTC())) {
      CliRun run = CliRun.of("import", file.toString(), "--data", data.toString());

      assertThat(run.code()).isEqualTo(ExitCodes.FAILURE);
      assertThat(run.err()).contains("signaldesk serve");
    }
  }
}
