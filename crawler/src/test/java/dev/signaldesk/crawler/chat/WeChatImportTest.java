package dev.signaldesk.crawler.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.model.Provenance;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportKind;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeChatImportTest {

  @TempDir Path dir;

  private final MemorySink sink = new MemorySink();

  private ImportSummary importFixture(String name, ImportOptions options) {
    return Fixtures.importFixture(dir, name, options, sink);
  }

  @Test
  void importsMemoTraceCsvTextMessagesAndCountsTheRestByType() {
    ImportSummary summary = importFixture("GPU现货交流群.csv", ImportOptions.defaults());

    assertThat(summary.formatId()).isEqualTo("wechat-memotrace-csv");
    assertThat(summary.messagesRead()).isEqualTo(13);
    assertThat(summary.imported()).isEqualTo(9);
    assertThat(summary.skippedByType())
        .containsEntry("image", 1L)
        .containsEntry("system", 1L)
        .containsEntry("sticker", 1L)
        .containsEntry("link", 1L);
    assertThat(summary.rejected()).isZero();
    assertThat(summary.groups()).containsExactly("GPU现货交流群");
    assertThat(sink.reports).hasSize(9);
    assertThat(sink.commits).isPositive();
  }

  @Test
  void memoTraceReportCarriesGroupTimeSenderOfferAndProvenance() {
    importFixture("GPU现货交流群.csv", ImportOptions.defaults());

    Report sell = sink.withText("出 H100 8卡整机两台");
    assertThat(sell.kind()).isEqualTo(ReportKind.CHAT);
    assertThat(sell.sourceId()).isEqualTo("chat:wechat-memotrace-csv");
    assertThat(sell.title()).isEqualTo("GPU现货交流群");
    assertThat(sell.publishedAt()).isEqualTo(Instant.parse("2025-01-06T13:15:03Z"));
    assertThat(sell.fetchedAt()).isEqualTo(Fixtures.NOW);
    assertThat(sell.language()).isEqualTo("zh");
    assertThat(sell.author()).matches("trader-[0-9a-f]{4,}");
    assertThat(sell.chat().sender()).isEqualTo(sell.author());
    assertThat(sell.chat().group()).isEqualTo("GPU现货交流群");
    assertThat(sell.chat().offer()).isEqualTo("SELL");
    assertThat(sell.chat().messageType()).isEqualTo("text");
    assertThat(sell.provenance())
        .isEqualTo(Provenance.imported("GPU现货交流群.csv", "wechat-memotrace-csv", 2));
    assertThat(sink.withText("收 A800").chat().offer()).isEqualTo("BUY");
    assertThat(sink.withText("今天报价更新").chat().offer()).isNull();
  }

  @Test
  void quotedMultiLineTextIsOneMessageAndLaterLinesAreNumberedAfterIt() {
    importFixture("GPU现货交流群.csv", ImportOptions.defaults());

    Report multi = sink.withText("今天报价更新");
    assertThat(multi.text()).contains("H800 8卡 月租6.8w").contains("A100 40G 2.5元/卡时");
    assertThat(multi.provenance().importLine()).isEqualTo(5);
    assertThat(sink.withText("亦庄那两台还在吗").provenance().importLine()).isEqualTo(9);
  }

  @Test
  void groupSenderPrefixIsStrippedAndUsedAsTheSender() {
    importFixture("GPU现货交流群.csv", ImportOptions.defaults());

    Report prefixed = sink.withText("亦庄那两台还在吗");
    assertThat(prefixed.text()).doesNotContain("wxid_").doesNotStartWith("[微信号]");
    String sellerPseudonym = sink.withText("出 H100 8卡整机两台").author();
    assertThat(prefixed.author()).isNotEqualTo(sellerPseudonym);
    // the mention of the seller's display name became the seller's pseudonym
    assertThat(prefixed.text()).startsWith("@" + sellerPseudonym);
  }

  @Test
  void identicalMessagesInTheSameSecondAreBothKept() {
    importFixture("GPU现货交流群.csv", ImportOptions.defaults());

    List<Report> plusOnes = sink.list().stream().filter(r -> r.text().equals("+1")).toList();
    assertThat(plusOnes).hasSize(2);
    assertThat(plusOnes.get(0).id()).isNotEqualTo(plusOnes.get(1).id());
  }

  @Test
  void quoteReplyWithPlainTextIsATextMessage() {
    importFixture("GPU现货交流群.csv", ImportOptions.defaults());

    assertThat(sink.withText("还是7.5w不含税").chat().messageType()).isEqualTo("text");
  }

  @Test
  void reimportingTheSameFileAddsNothing() {
    importFixture("GPU现货交流群.csv", ImportOptions.defaults());
    ChatImporter importer = new ChatImporter(dir.resolve("data"), Fixtures.CLOCK);

    ImportSummary again =
        importer.importFile(dir.resolve("in/GPU现货交流群.csv"), ImportOptions.defaults(), sink);

    assertThat(again.imported()).isZero();
    assertThat(again.duplicates()).isEqualTo(9);
    assertThat(sink.reports).hasSize(9);
  }

  @Test
  void olderMemoTraceCsvIsReadByHeaderNameWithExtraColumnAndShortRows() {
    ImportSummary summary = importFixture("算力二手群_20250106.csv", ImportOptions.defaults());

    assertThat(summary.rejected()).isZero();
    assertThat(summary.imported()).isEqualTo(3);
    assertThat(summary.groups()).containsExactly("算力二手群");
    // no CreateTime: the local StrTime is read in Asia/Shanghai
    assertThat(sink.withText("低于市场价").publishedAt())
        .isEqualTo(Instant.parse("2025-01-06T13:16:03Z"));
    Report shortRow = sink.withText("多少钱一台");
    assertThat(shortRow.text()).isEqualTo("多少钱一台？");
    assertThat(shortRow.author()).isNotEqualTo(sink.withText("低于市场价").author());
  }

  @Test
  void memoTraceTxtReadsRecordsSystemLinesPlaceholdersAndQuotes() {
    ImportSummary summary = importFixture("memotrace.txt", ImportOptions.defaults());

    assertThat(summary.formatId()).isEqualTo("wechat-memotrace-txt");
    assertThat(summary.messagesRead()).isEqualTo(6);
    assertThat(summary.imported()).isEqualTo(3);
    assertThat(summary.skippedByType())
        .containsEntry("image", 1L)
        .containsEntry("voice", 1L)
        .containsEntry("system", 1L);
    Report quoting = sink.withText("还能便宜吗");
    String seller = sink.withText("出 H100").author();
    assertThat(quoting.text()).contains("引用:" + seller + ":");
    assertThat(quoting.publishedAt()).isEqualTo(Instant.parse("2025-01-06T13:18:30Z"));
    assertThat(quoting.provenance().importLine()).isEqualTo(10);
    assertThat(sink.withText("求购 910B").chat().offer()).isEqualTo("BUY");
    assertThat(sink.withText("求购 910B").text()).contains("[邮箱]");
  }

  @Test
  void gbkResavedFileImportsExactlyLikeTheUtf8Original() {
    importFixture("memotrace.txt", ImportOptions.defaults());
    MemorySink gbkSink = new MemorySink();
    ChatImporter importer = new ChatImporter(dir.resolve("data"), Fixtures.CLOCK);

    ImportSummary gbk =
        importer.importFile(
            Fixtures.copy("memotrace-gbk.txt", dir.resolve("gbk"), "memotrace.txt"),
            ImportOptions.defaults(),
            gbkSink);

    assertThat(gbk.imported()).isEqualTo(3);
    assertThat(gbkSink.list())
        .extracting(Report::text)
        .containsExactlyElementsOf(sink.list().stream().map(Report::text).toList());
    assertThat(gbkSink.reports.keySet()).isEqualTo(sink.reports.keySet());
  }

  @Test
  void pyWxDumpUsesMsgSvrIdAndReadsLocalTimesInShanghaiByDefault() {
    ImportSummary summary = importFixture("pywxdump.csv", ImportOptions.defaults());

    assertThat(summary.formatId()).isEqualTo("wechat-pywxdump-csv");
    assertThat(summary.imported()).isEqualTo(4);
    assertThat(summary.skippedByType()).containsEntry("image", 1L).containsEntry("system", 1L);
    Report sell = sink.withText("出 A100 40G");
    assertThat(sell.publishedAt()).isEqualTo(Instant.parse("2025-01-06T13:15:03Z"));
    assertThat(sell.id())
        .isEqualTo(
            dev.signaldesk.model.ReportIds.forChat(
                "27364519802@chatroom", "MsgSvrID:7234567890123456701"));
    assertThat(sink.withText("有需要打我手机").text()).isEqualTo("有需要打我手机 [电话]");
  }

  @Test
  void zoneOptionOverridesTheWeChatDefault() {
    importFixture("pywxdump.csv", ImportOptions.defaults().withZone(ZoneId.of("UTC")));

    assertThat(sink.withText("出 A100 40G").publishedAt())
        .isEqualTo(Instant.parse("2025-01-06T21:15:03Z"));
  }

  @Test
  void wechatExporterTakesTheGroupFromTheFirstLineAndJoinsContinuationLines() {
    ImportSummary summary = importFixture("wechatexporter.txt", ImportOptions.defaults());

    assertThat(summary.formatId()).isEqualTo("wechat-exporter-txt");
    assertThat(summary.groups()).containsExactly("华东算力交易群");
    assertThat(summary.imported()).isEqualTo(3);
    assertThat(summary.skippedByType()).containsEntry("image", 1L).containsEntry("system", 1L);
    Report quote = sink.withText("报价：");
    assertThat(quote.text()).isEqualTo("报价：\nL40S 1.9元/卡时\n包月另议");
    assertThat(quote.provenance().importLine()).isEqualTo(4);
    assertThat(quote.publishedAt()).isEqualTo(Instant.parse("2025-01-06T13:17:45Z"));
  }

  @Test
  void explicitGroupOptionWins() {
    ImportSummary summary =
        importFixture("wechatexporter.txt", ImportOptions.defaults().withGroup("我的交易群"));

    assertThat(summary.groups()).containsExactly("我的交易群");
    assertThat(sink.list()).allSatisfy(r -> assertThat(r.title()).isEqualTo("我的交易群"));
  }
}
