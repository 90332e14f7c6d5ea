package dev.signaldesk.crawler.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportIds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TelegramImportTest {

  @TempDir Path dir;

  private final MemorySink sink = new MemorySink();

  private ImportSummary importFixture(String name, ImportOptions options) {
    return Fixtures.importFixture(dir, name, options, sink);
  }

  @Test
  void singleChatExportImportsTextMessagesUnderTheChatName() {
    ImportSummary summary = importFixture("telegram-single.json", ImportOptions.defaults());

    assertThat(summary.formatId()).isEqualTo("telegram-json");
    assertThat(summary.messagesRead()).isEqualTo(9);
    assertThat(summary.imported()).isEqualTo(6);
    assertThat(summary.skippedByType())
        .containsEntry("system", 1L)
        .containsEntry("image", 1L)
        .containsEntry("sticker", 1L);
    assertThat(summary.rejected()).isZero();
    assertThat(summary.groups()).containsExactly("Compute Brokers CN");
    Report offer = sink.withText("WTS 16x H100");
    assertThat(offer.publishedAt()).isEqualTo(Instant.parse("2025-01-06T13:15:03Z"));
    assertThat(offer.language()).isEqualTo("en");
    assertThat(offer.chat().offer()).isEqualTo("SELL");
    assertThat(offer.id()).isEqualTo(ReportIds.forChat("telegram:1987654321", "1987654321:502"));
    assertThat(offer.provenance().importLine()).isEqualTo(2);
  }

  @Test
  void replyLinksToTheRepliedReportAndMentionIsPseudonymised() {
    importFixture("telegram-single.json", ImportOptions.defaults());

    Report offer = sink.withText("WTS 16x H100");
    Report reply = sink.withText("Zhongwei site");
    assertThat(reply.chat().replyToId()).isEqualTo(offer.id());
    assertThat(reply.text()).startsWith(offer.author() + " is that the Zhongwei site");
  }

  @Test
  void forwardedOriginIsPseudonymisedAndChineseOfferRecognised() {
    importFixture("telegram-single.json", ImportOptions.defaults());

    Report forwarded = sink.withText("出 A800 8卡");
    assertThat(forwarded.chat().forwardedFrom()).matches("trader-[0-9a-f]{4,}");
    assertThat(forwarded.chat().offer()).isEqualTo("SELL");
    assertThat(forwarded.language()).isEqualTo("zh");
  }

  @Test
  void entityArrayTextIsJoinedAndInvalidHexEscapeIsRepaired() {
    importFixture("telegram-single.json", ImportOptions.defaults());

    assertThat(sink.withText("Sell-off news").text())
        .isEqualTo(
            "Sell-off news: another Gansu compute centre is dumping H800 nodes below-market, see"
                + " https://example.org/news/gansu-h800");
    assertThat(sink.withText("Meeting at the").text()).contains("Café in Yinchuan");
  }

  @Test
  void usernameMentionAndInternationalPhoneAreRemoved() {
    importFixture("telegram-single.json", ImportOptions.defaults());

    String text = sink.withText("before Friday").text();
    assertThat(text).matches("@trader-[0-9a-f]{4,} call me on \\[电话\\] before Friday");
  }

  @Test
  void fullExportReadsEveryChatAndLocalDatesInTheGivenZone() {
    ImportSummary summary =
        importFixture(
            "telegram-full.json", ImportOptions.defaults().withZone(ZoneId.of("Asia/Shanghai")));

    assertThat(summary.messagesRead()).isEqualTo(4);
    assertThat(summary.imported()).isEqualTo(3);
    assertThat(summary.groups()).containsExactly("GPU Rental Desk", "telegram-private-5550002");
    Report buy = sink.withText("收 H100");
    assertThat(buy.publishedAt()).isEqualTo(Instant.parse("2025-01-06T13:15:03Z"));
    assertThat(buy.chat().offer()).isEqualTo("BUY");
    // very old exports give from_id as a number; it is the same person as "user5550002"
    assertThat(sink.withText("Guiyang").author()).isEqualTo(sink.withText("65k").author());
  }

  @Test
  void localDatesWithoutZoneOptionAreUtc() {
    importFixture("telegram-full.json", ImportOptions.defaults());

    assertThat(sink.withText("收 H100").publishedAt())
        .isEqualTo(Instant.parse("2025-01-06T21:15:03Z"));
  }

  @Test
  void overlappingExportsShareMessageIds() throws Exception {
    Path first = dir.resolve("first.json");
    Path second = dir.resolve("second.json");
    Files.writeString(first, chat(601, 602, 603, 604), StandardCharsets.UTF_8);
    Files.writeString(second, chat(603, 604, 605), StandardCharsets.UTF_8);
    ChatImporter importer = new ChatImporter(dir.resolve("data"), Fixtures.CLOCK);

    ImportSummary a = importer.importFile(first, ImportOptions.defaults(), sink);
    ImportSummary b = importer.importFile(second, ImportOptions.defaults(), sink);

    assertThat(a.imported()).isEqualTo(4);
    assertThat(b.imported()).isEqualTo(1);
    assertThat(b.duplicates()).isEqualTo(2);
    assertThat(sink.reports).hasSize(5);
  }

  private static String chat(int... ids) {
    StringBuilder sb =
        new StringBuilder("{\"name\":\"Desk\",\"type\":\"private_group\",\"id\":77,\"messages\":[");
    for (int i = 0; i < ids.length; i++) {
      sb.append(i == 0 ? "" : ",")
          .append("{\"id\":")
          .append(ids[i])
          .append(",\"type\":\"message\",\"date_unixtime\":\"")
          .append(1736169303 + ids[i])
          .append(
              "\",\"from\":\"Desk Bot\",\"from_id\":\"user1\",\"text\":\"H20 rent 0.9 yuan per card-hour\"}");
    }
    return sb.append("]}").toString();
  }
}
