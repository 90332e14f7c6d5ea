package dev.signaldesk.crawler.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhatsAppImportTest {

  private static final String US = "WhatsApp Chat with GPU Traders Asia.txt";

  @TempDir Path dir;

  private final MemorySink sink = new MemorySink();

  private ChatImporter importer() {
    return new ChatImporter(dir.resolve("data"), Fixtures.CLOCK);
  }

  private ImportSummary importFixture(String name, ImportOptions options) {
    return Fixtures.importFixture(dir, name, options, sink);
  }

  @Test
  void androidTwelveHourExportWithNarrowNoBreakSpaceIsReadMonthFirst() {
    ImportSummary summary = importFixture(US, ImportOptions.defaults());

    assertThat(summary.formatId()).isEqualTo("whatsapp-txt");
    assertThat(summary.groups()).containsExactly("GPU Traders Asia");
    assertThat(summary.messagesRead()).isEqualTo(9);
    assertThat(summary.imported()).isEqualTo(5);
    assertThat(summary.skippedByType())
        .containsEntry("system", 2L)
        .containsEntry("media", 1L)
        .containsEntry("deleted", 1L);
    assertThat(sink.withText("WTS 8x H100").publishedAt())
        .isEqualTo(Instant.parse("2025-01-06T21:15:00Z"));
    assertThat(sink.withText("about the 4090s").publishedAt())
        .isEqualTo(Instant.parse("2025-01-13T10:02:00Z"));
    assertThat(sink.withText("about the 4090s").text())
        .isEqualTo("Call me on [电话] about the 4090s");
  }

  @Test
  void continuationLinesJoinThePreviousMessage() {
    importFixture(US, ImportOptions.defaults());

    Report joined = sink.withText("power and 10G uplink");
    assertThat(joined.text()).isEqualTo("Yes, power and 10G uplink.\nContract minimum 3 months.");
    assertThat(joined.provenance().importLine()).isEqualTo(5);
  }

  @Test
  void androidDottedExportIsReadDayFirstFromTheOrderOfItsDates() {
    ImportSummary summary =
        importFixture(
            "whatsapp-android-eu.txt",
            ImportOptions.defaults().withZone(ZoneId.of("Europe/Berlin")));

    assertThat(summary.imported()).isEqualTo(4);
    assertThat(sink.withText("price dropped again").publishedAt())
        .isEqualTo(Instant.parse("2025-02-02T09:00:00Z"));
    assertThat(sink.withText("出 4090").chat().offer()).isEqualTo("SELL");
  }

  @Test
  void iosExportStripsMarksSkipsSystemAndMediaAndKeepsIdenticalMessages() {
    ImportSummary summary = importFixture("whatsapp-ios.txt", ImportOptions.defaults());

    assertThat(summary.messagesRead()).isEqualTo(7);
    assertThat(summary.imported()).isEqualTo(4);
    assertThat(summary.skippedByType()).containsEntry("system", 1L).containsEntry("image", 2L);
    List<Report> same = sink.list().stream().filter(r -> r.text().startsWith("WTS 8x")).toList();
    assertThat(same).hasSize(2);
    assertThat(same.get(0).id()).isNotEqualTo(same.get(1).id());
    assertThat(same.get(0).publishedAt()).isEqualTo(Instant.parse("2025-01-06T21:15:03Z"));
    Report buy = sink.withText("收 H20");
    assertThat(buy.text()).isEqualTo("收 H20 两台，今天就要");
    assertThat(buy.chat().offer()).isEqualTo("BUY");
    assertThat(sink.withText("Counter: 60k").text())
        .isEqualTo("Counter: 60k, 6-month term\nEmail [邮箱] for the contract");
    // "~ Linda Wu" (not a contact) is the same sender as "Linda Wu"
    assertThat(sink.withText("Counter: 60k").author()).matches("trader-[0-9a-f]{4,}");
  }

  @Test
  void overlappingExportsImportOnlyTheNewMessages() throws IOException {
    List<String> lines =
        Arrays.asList(
            new String(Fixtures.bytes("whatsapp-ios.txt"), StandardCharsets.UTF_8).split("\r\n"));
    Path first = dir.resolve("a/GPU Traders Asia.txt");
    Path second = dir.resolve("b/GPU Traders Asia.txt");
    Files.createDirectories(first.getParent());
    Files.createDirectories(second.getParent());
    Files.write(first, lines.subList(0, 6));
    Files.write(second, lines.subList(1, lines.size()));

    ImportSummary a = importer().importFile(first, ImportOptions.defaults(), sink);
    ImportSummary b = importer().importFile(second, ImportOptions.defaults(), sink);

    assertThat(a.imported()).isEqualTo(3);
    assertThat(b.duplicates()).isEqualTo(3);
    assertThat(b.imported()).isEqualTo(1);
    assertThat(sink.reports).hasSize(4);
  }

  @Test
  void zipHoldingChatTxtIsImportedUnderTheZipName() throws IOException {
    Path zip = dir.resolve("WhatsApp Chat - GPU Traders Asia.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("_chat.txt"));
      out.write(Fixtures.bytes("whatsapp-ios.txt"));
      out.closeEntry();
      out.putNextEntry(new ZipEntry("00000021-PHOTO-2025-01-13-09-30-00.jpg"));
      out.write(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
      out.closeEntry();
    }

    ImportSummary summary = importer().importFile(zip, ImportOptions.defaults(), sink);

    assertThat(summary.formatId()).isEqualTo("whatsapp-txt");
    assertThat(summary.imported()).isEqualTo(4);
    assertThat(summary.groups()).containsExactly("GPU Traders Asia");
    assertThat(sink.list().get(0).provenance().importFile())
        .isEqualTo("WhatsApp Chat - GPU Traders Asia.zip");
    assertThat(Files.list(dir.resolve("data/tmp"))).isEmpty();
  }

  @Test
  void ambiguousDatesFollowTheOrderThatRunsForwards() {
    DateOrderVote monthFirst = new DateOrderVote();
    for (String line :
        List.of(
            "1/5/25, 9:00 PM - A: x",
            "1/6/25, 9:00 PM - A: x",
            "1/11/25, 9:00 PM - A: x",
            "2/2/25, 9:00 PM - A: x")) {
      monthFirst.add(WhatsAppLine.parse(line));
    }
    DateOrderVote dayFirst = new DateOrderVote();
    for (String line :
        List.of("5/1/25, 21:00 - A: x", "6/1/25, 21:00 - A: x", "2/2/25, 21:00 - A: x")) {
      dayFirst.add(WhatsAppLine.parse(line));
    }

    assertThat(monthFirst.dayFirst()).isFalse();
    assertThat(dayFirst.dayFirst()).isTrue();
  }

  @Test
  void twelveHourClockHandlesNoonAndMidnight() {
    assertThat(WhatsAppLine.parse("1/6/25, 12:05\u202FAM - A: x").hour()).isZero();
    assertThat(WhatsAppLine.parse("1/6/25, 12:05 PM - A: x").hour()).isEqualTo(12);
    assertThat(WhatsAppLine.parse("[1/6/25, 9:05:07 p.m.] A: x").hour()).isEqualTo(21);
    assertThat(WhatsAppLine.parse("just a continuation line")).isNull();
  }

  @Test
  void nameMentionedBeforeItsOwnerSpeaksIsPseudonymised() throws IOException {
    Path file = dir.resolve("GPU Traders Asia.txt");
    Files.writeString(
        file,
        "[06/01/2025, 21:15:03] Kevin Zhao: @Marcus Hale do you still have the 4090s?\n"
            + "[06/01/2025, 21:16:00] Marcus Hale: 12 left, 1.3 yuan per card-hour\n");

    importer().importFile(file, ImportOptions.defaults(), sink);

    Report question = sink.withText("do you still have");
    String marcus = sink.withText("12 left").author();
    assertThat(question.text()).isEqualTo("@" + marcus + " do you still have the 4090s?");
  }
}
