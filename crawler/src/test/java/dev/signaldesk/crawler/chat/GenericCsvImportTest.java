package dev.signaldesk.crawler.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenericCsvImportTest {

  private static final CsvMapping MAPPING =
      new CsvMapping("when", "who", "message", "dd/MM/yyyy HH:mm", ';');

  @TempDir Path dir;

  private final MemorySink sink = new MemorySink();

  private ImportSummary importDeals(ImportOptions options) {
    return new ChatImporter(dir.resolve("data"), Fixtures.CLOCK)
        .importFile(Fixtures.copy("deals-export.csv", dir.resolve("in")), options, sink);
  }

  @Test
  void mappedColumnsBecomeReportsAndABadTimeIsReported() {
    ImportSummary summary =
        importDeals(
            ImportOptions.defaults().withMapping(MAPPING).withZone(ZoneId.of("Asia/Shanghai")));

    assertThat(summary.formatId()).isEqualTo("generic-csv");
    assertThat(summary.imported()).isEqualTo(3);
    assertThat(summary.groups()).containsExactly("deals-export");
    assertThat(summary.problems())
        .containsExactly(
            new ImportProblem("deals-export.csv", 4, "column 'when' holds no valid time"));
    assertThat(sink.withText("出 B200").publishedAt())
        .isEqualTo(Instant.parse("2025-01-06T13:15:00Z"));
    assertThat(sink.withText("出 B200").chat().offer()).isEqualTo("SELL");
    assertThat(sink.withText("Need 2 B200").text()).isEqualTo("Need 2 B200 nodes; budget 1.6M CNY");
  }

  @Test
  void withoutAMappingTheCsvIsAnUnknownFormat() {
    ImportSummary summary = importDeals(ImportOptions.defaults());

    assertThat(summary.formatId()).isEqualTo("unknown");
    assertThat(summary.failed()).isTrue();
  }

  @Test
  void invalidTimePatternIsReportedNotThrown() {
    ImportSummary summary =
        importDeals(
            ImportOptions.defaults()
                .withFormat("generic-csv")
                .withMapping(new CsvMapping("when", "who", "message", "dd/MM/yyyy HH:mm {{", ';')));

    assertThat(summary.imported()).isZero();
    assertThat(summary.problems().get(0).reason()).contains("not a valid pattern");
  }

  @Test
  void isoAndUnixTimesAreRead() {
    GenericCsvParser.TimeReader iso = new GenericCsvParser.TimeReader("iso", ZoneId.of("UTC"));
    GenericCsvParser.TimeReader unix = new GenericCsvParser.TimeReader("unix", ZoneId.of("UTC"));

    assertThat(iso.read("2025-01-06T21:15:03+08:00"))
        .isEqualTo(Instant.parse("2025-01-06T13:15:03Z"));
    assertThat(iso.read("2025-01-06 21:15:03")).isEqualTo(Instant.parse("2025-01-06T21:15:03Z"));
    assertThat(unix.read("1736169303")).isEqualTo(Instant.parse("2025-01-06T13:15:03Z"));
    assertThat(unix.read("soon")).isNull();
  }
}
