package dev.signaldesk.crawler.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadImportTest {

  @TempDir Path dir;

  @Test
  void uploadedStreamImportsUnderItsFileNameAndLeavesNoTempFile() throws Exception {
    MemorySink sink = new MemorySink();
    ChatImporter importer = new ChatImporter(dir.resolve("data"), Fixtures.CLOCK);

    ImportSummary summary =
        importer.importFile(
            new ByteArrayInputStream(Fixtures.bytes("GPU现货交流群.csv")),
            "C:\\\\Users\\\\trader\\\\Desktop\\\\GPU现货交流群.csv",
            ImportOptions.defaults(),
            sink);

    assertThat(summary.file()).isEqualTo("GPU现货交流群.csv");
    assertThat(summary.imported()).isEqualTo(9);
    assertThat(summary.groups()).containsExactly("GPU现货交流群");
    assertThat(sink.list().get(0).provenance().importFile()).isEqualTo("GPU现货交流群.csv");
    try (var files = Files.list(dir.resolve("data/tmp"))) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void progressIsReportedUpToTheWholeFile() throws Exception {
    Path file = Fixtures.copy("telegram-single.json", dir);
    List<long[]> calls = new ArrayList<>();

    new ChatImporter(dir.resolve("data"), Fixtures.CLOCK)
        .importFile(
            file,
            ImportOptions.defaults(),
            new MemorySink(),
            (read, total) -> calls.add(new long[] {read, total}));

    assertThat(calls).isNotEmpty();
    long[] last = calls.get(calls.size() - 1);
    assertThat(last[0]).isEqualTo(Files.size(file));
    assertThat(last[1]).isEqualTo(Files.size(file));
  }
}
