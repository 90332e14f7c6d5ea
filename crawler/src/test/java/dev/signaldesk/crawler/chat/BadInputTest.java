package dev.signaldesk.crawler.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {

  @TempDir Path dir;

  private final MemorySink sink = new MemorySink();

  private ChatImporter importer() {
    return new ChatImporter(dir.resolve("data"), Fixtures.CLOCK);
  }

  private ImportSummary importFixture(String name, ImportOptions options) {
    return Fixtures.importFixture(dir, name, options, sink);
  }

  @Test
  void badCsvRowIsReportedWithItsLineAndTheRowsAroundItAreImported() {
    ImportSummary summary = importFixture("memotrace-bad-row.csv", ImportOptions.defaults());

    assertThat(summary.imported()).isEqualTo(3);
    assertThat(summary.rejected()).isEqualTo(1);
    assertThat(summary.failed()).isTrue();
    assertThat(summary.problems())
        .containsExactly(
            new ImportProblem("memotrace-bad-row.csv", 4, "no valid CreateTime or StrTime"));
    assertThat(sink.withText("今天报价更新")).isNotNull();
    assertThat(summary.format())
        .contains("memotrace-bad-row.csv:4: no valid CreateTime or StrTime");
  }

  @Test
  void strictImportOfAFileWithABadLineImportsNothing() {
    ImportSummary summary =
        importFixture("memotrace-bad-row.csv", ImportOptions.defaults().withStrict(true));

    assertThat(summary.imported()).isZero();
    assertThat(summary.rejected()).isEqualTo(1);
    assertThat(summary.problems()).extracting(ImportProblem::line).containsExactly(4L);
    assertThat(sink.reports).isEmpty();
  }

  @Test
  void strictImportOfAGoodFileImportsEverything() {
    ImportSummary summary =
        importFixture("GPU现货交流群.csv", ImportOptions.defaults().withStrict(true));

    assertThat(summary.imported()).isEqualTo(9);
    assertThat(summary.failed()).isFalse();
  }

  @Test
  void reportsAlreadyStoredSurviveAFailedImport() {
    Report stored =
        new Report(
            "chat-existing",
            "chat:manual",
            ReportKind.CHAT,
            null,
            null,
            "g",
            "出 H100",
            "trader-0000",
            "zh",
            null,
            null,
            null,
            null,
            null);
    sink.upsert(stored);

    importFixture("telegram-truncated.json", ImportOptions.defaults().withStrict(true));
    importFixture("notes.txt", ImportOptions.defaults());

    assertThat(sink.reports).containsEntry("chat-existing", stored).hasSize(1);
  }

  @Test
  void impossibleWhatsAppDateDropsThatMessageWithItsContinuationLines() {
    ImportSummary summary = importFixture("whatsapp-bad-date.txt", ImportOptions.defaults());

    assertThat(summary.imported()).isEqualTo(2);
    assertThat(summary.problems())
        .containsExactly(
            new ImportProblem(
                "whatsapp-bad-date.txt", 2, "the message header has an impossible date or time"));
    assertThat(sink.withText("WTS 8x H100").text()).isEqualTo("WTS 8x H100 PCIe nodes");
  }

  @Test
  void truncatedTelegramExportKeepsTheMessagesBeforeTheCut() {
    ImportSummary summary = importFixture("telegram-truncated.json", ImportOptions.defaults());

    assertThat(summary.imported()).isEqualTo(2);
    assertThat(summary.rejected()).isEqualTo(1);
    assertThat(summary.problems().get(0).line()).isEqualTo(3);
    assertThat(summary.problems().get(0).reason()).contains("truncated").contains("messages[2]");
  }

  @Test
  void telegramMessageWithoutDateIsReportedByIndexAndPath() {
    ImportSummary summary = importFixture("telegram-bad-message.json", ImportOptions.defaults());

    assertThat(summary.imported()).isEqualTo(2);
    assertThat(summary.problems())
        .containsExactly(
            new ImportProblem(
                "telegram-bad-message.json", 2, "messages[1] has no valid date or date_unixtime"));
  }

  @Test
  void malformedJsonIsReportedWithLineAndColumn() throws IOException {
    Path file = dir.resolve("result.json");
    Files.writeString(
        file,
        "{\"name\":\"Desk\",\"id\":5,\"messages\":[\n"
            + "{\"id\":1,\"type\":\"message\",\"date_unixtime\":\"1736169303\",\"from\":\"A B\","
            + "\"from_id\":\"user1\",\"text\":\"H100 at 2.1 USD\"},\n"
            + "{\"id\":2,,}\n]}");

    ImportSummary summary = importer().importFile(file, ImportOptions.defaults(), sink);

    assertThat(summary.imported()).isEqualTo(1);
    assertThat(summary.problems().get(0).reason()).startsWith("malformed JSON at line 3, column");
  }

  @Test
  void truncatedCsvInsideAQuotedFieldKeepsEarlierRows() throws IOException {
    byte[] full = Fixtures.bytes("GPU现货交流群.csv");
    String text = new String(full, StandardCharsets.UTF_8);
    int cut = text.indexOf("H800 8卡");
    Path file = dir.resolve("cut.csv");
    Files.write(
        file, Arrays.copyOf(full, text.substring(0, cut).getBytes(StandardCharsets.UTF_8).length));

    ImportSummary summary = importer().importFile(file, ImportOptions.defaults(), sink);

    assertThat(summary.imported()).isEqualTo(2);
    assertThat(summary.problems()).hasSize(1);
    assertThat(summary.problems().get(0).line()).isEqualTo(5);
    assertThat(summary.problems().get(0).reason()).contains("unterminated quote");
  }

  @Test
  void unknownFormatIsRefusedWithAClearReason() {
    ImportSummary summary = importFixture("notes.txt", ImportOptions.defaults());

    assertThat(summary.formatId()).isEqualTo("unknown");
    assertThat(summary.failed()).isTrue();
    assertThat(summary.problems().get(0).reason()).startsWith("unknown format");
    assertThat(sink.reports).isEmpty();
  }

  @Test
  void unknownExplicitFormatAndMissingFileAreRefused() {
    assertThat(
            importFixture("notes.txt", ImportOptions.defaults().withFormat("icq-log")).problems())
        .extracting(ImportProblem::reason)
        .containsExactly("unknown format 'icq-log'");
    assertThat(
            importer()
                .importFile(dir.resolve("missing.csv"), ImportOptions.defaults(), sink)
                .problems())
        .extracting(ImportProblem::reason)
        .containsExactly("no such file");
  }

  @Test
  void zipWithPathTraversalIsRefusedBeforeAnythingIsExtracted() throws IOException {
    Path zip = zip("evil.zip", "../../escaped.txt", Fixtures.bytes("whatsapp-ios.txt"));

    ImportSummary summary = importer().importFile(zip, ImportOptions.defaults(), sink);

    assertThat(summary.formatId()).isEqualTo("zip");
    assertThat(summary.problems().get(0).reason()).contains("../");
    assertThat(sink.reports).isEmpty();
    assertThat(dir.getParent().resolve("escaped.txt")).doesNotExist();
    assertThat(dir.resolve("escaped.txt")).doesNotExist();
  }

  @Test
  void zipWithAbsolutePathIsRefused() throws IOException {
    Path zip = zip("abs.zip", "/tmp/_chat.txt", Fixtures.bytes("whatsapp-ios.txt"));

    ImportSummary summary = importer().importFile(zip, ImportOptions.defaults(), sink);

    assertThat(summary.problems().get(0).reason()).contains("absolute path");
    assertThat(sink.reports).isEmpty();
  }

  @Test
  void zipBombIsRefusedByItsCompressionRatio() throws IOException {
    Path zip = zip("bomb.zip", "_chat.txt", new byte[32 << 20]);

    ImportSummary summary = importer().importFile(zip, ImportOptions.defaults(), sink);

    assertThat(summary.problems().get(0).reason()).contains("zip bomb");
    assertThat(Files.list(dir.resolve("data/tmp"))).isEmpty();
  }

  private Path zip(String name, String entry, byte[] content) throws IOException {
    Path zip = dir.resolve(name);
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry(entry));
      out.write(content);
      out.closeEntry();
    }
    return zip;
  }

  @Test
  void problemListIsCappedButEveryRejectionIsCounted() throws IOException {
    StringBuilder text = new StringBuilder("[06/01/2025, 21:15:03] Kevin Zhao: WTS 8x H100\n");
    for (int i = 0; i < 150; i++) {
      text.append("[31/02/2025, 21:16:00] Linda Wu: impossible date\n");
    }
    Path file = dir.resolve("many-bad.txt");
    Files.writeString(file, text);

    ImportSummary summary = importer().importFile(file, ImportOptions.defaults(), sink);

    assertThat(summary.imported()).isEqualTo(1);
    assertThat(summary.rejected()).isEqualTo(150);
    assertThat(summary.problems()).hasSize(ImportSummary.MAX_PROBLEMS);
    assertThat(summary.format()).contains("… and 50 more problems");
  }

  @Test
  void failingSinkIsReportedAsAProblemAndWhatItAcceptedIsCommitted() {
    MemorySink flaky =
        new MemorySink() {
          @Override
          public void upsert(Report report) {
            if (reports.size() == 2) {
              throw new IllegalStateException("index is full");
            }
            super.upsert(report);
          }
        };

    ImportSummary summary =
        Fixtures.importFixture(dir, "GPU现货交流群.csv", ImportOptions.defaults(), flaky);

    assertThat(summary.failed()).isTrue();
    assertThat(summary.problems())
        .extracting(ImportProblem::reason)
        .containsExactly("import stopped by an internal error: IllegalStateException");
    assertThat(flaky.committedCount).isEqualTo(2);
  }
}
