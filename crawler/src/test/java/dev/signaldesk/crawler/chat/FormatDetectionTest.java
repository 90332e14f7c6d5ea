package dev.signaldesk.crawler.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatDetectionTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} named {1}")
  @CsvSource({
    "GPU现货交流群.csv, result.json, wechat-memotrace-csv",
    "算力二手群_20250106.csv, chat.txt, wechat-memotrace-csv",
    "memotrace.txt, export.csv, wechat-memotrace-txt",
    "memotrace-gbk.txt, _chat.txt, wechat-memotrace-txt",
    "pywxdump.csv, messages.json, wechat-pywxdump-csv",
    "wechatexporter.txt, whatsapp.txt, wechat-exporter-txt",
    "telegram-single.json, wechat.csv, telegram-json",
    "telegram-full.json, backup.txt, telegram-json",
    "WhatsApp Chat with GPU Traders Asia.txt, telegram.json, whatsapp-txt",
    "whatsapp-android-eu.txt, data.csv, whatsapp-txt",
    "whatsapp-ios.txt, memotrace.csv, whatsapp-txt",
  })
  void detectsTheFormatFromContentDespiteAMisleadingName(
      String fixture, String misleadingName, String expected) {
    ImportSummary summary =
        new ChatImporter(dir.resolve("data"), Fixtures.CLOCK)
            .importFile(
                Fixtures.copy(fixture, dir.resolve("in"), misleadingName),
                ImportOptions.defaults(),
                new MemorySink());

    assertThat(summary.formatId()).isEqualTo(expected);
    assertThat(summary.imported()).isPositive();
    assertThat(summary.rejected()).isZero();
  }
}
