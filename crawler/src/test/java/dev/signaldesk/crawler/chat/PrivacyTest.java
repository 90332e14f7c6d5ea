package dev.signaldesk.crawler.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.model.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PrivacyTest {

  private static final List<String> CHINESE_NAMES =
      List.of(
          "张伟明",
          "李晓峰",
          "王建国",
          "陈思远",
          "wxid_k3m9x2p7q1",
          "wxid_a8b7c6d5e4",
          "wxid_q1w2e3r4t5",
          "wxid_c9v8b7n6m5",
          "wxid_mine0001",
          "gpu_trader88",
          "138 1234 5678",
          "13812345678",
          "139-8765-4321",
          "6222 0212 3456 7894",
          "chen.siyuan@example.com");
  private static final List<String> ENGLISH_NAMES =
      List.of(
          "Kevin Zhao",
          "Linda Wu",
          "Marcus Hale",
          "Jiang Wen",
          "linda_wu_gpu",
          "415 555 0132",
          "138 0013 8000",
          "linda.wu@example.com");

  @TempDir Path dir;

  static Stream<Arguments> fixtures() {
    return Stream.of(
        Arguments.of("GPU现货交流群.csv", CHINESE_NAMES),
        Arguments.of("算力二手群_20250106.csv", CHINESE_NAMES),
        Arguments.of("memotrace.txt", CHINESE_NAMES),
        Arguments.of("memotrace-gbk.txt", CHINESE_NAMES),
        Arguments.of("pywxdump.csv", CHINESE_NAMES),
        Arguments.of("wechatexporter.txt", CHINESE_NAMES),
        Arguments.of("telegram-single.json", ENGLISH_NAMES),
        Arguments.of("telegram-full.json", ENGLISH_NAMES),
        Arguments.of("WhatsApp Chat with GPU Traders Asia.txt", ENGLISH_NAMES),
        Arguments.of("whatsapp-android-eu.txt", ENGLISH_NAMES),
        Arguments.of("whatsapp-ios.txt", ENGLISH_NAMES),
        Arguments.of("memotrace-bad-row.csv", CHINESE_NAMES),
        Arguments.of("telegram-truncated.json", ENGLISH_NAMES));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void rawNamesAndNumbersAppearInNoFieldOfAnyReportNorInTheSummary(
      String fixture, List<String> secrets) {
    MemorySink sink = new MemorySink();
    ImportSummary summary =
        new ChatImporter(dir.resolve("data"), Fixtures.CLOCK)
            .importFile(Fixtures.copy(fixture, dir.resolve("in")), ImportOptions.defaults(), sink);

    assertThat(summary.imported()).isPositive();
    for (Report report : sink.list()) {
      // Record toString() lists every component, nested ChatInfo and Provenance included.
      String everything = report.toString();
      for (String secret : secrets) {
        assertThat(everything).as("report of %s", fixture).doesNotContain(secret);
      }
    }
    for (String secret : secrets) {
      assertThat(summary.toString()).doesNotContain(secret);
      assertThat(summary.format()).doesNotContain(secret);
    }
  }

  @Test
  void pseudonymsAreStableAcrossImportersSharingTheDataDirectory() {
    MemorySink first = new MemorySink();
    MemorySink second = new MemorySink();
    new ChatImporter(dir.resolve("data"), Fixtures.CLOCK)
        .importFile(
            Fixtures.copy("memotrace.txt", dir.resolve("a")), ImportOptions.defaults(), first);
    new ChatImporter(dir.resolve("data"), Fixtures.CLOCK)
        .importFile(
            Fixtures.copy("memotrace.txt", dir.resolve("b")), ImportOptions.defaults(), second);

    assertThat(second.list())
        .extracting(Report::author)
        .containsExactlyElementsOf(first.list().stream().map(Report::author).toList());
  }

  @Test
  void anotherSecretGivesOtherPseudonyms() {
    MemorySink first = new MemorySink();
    MemorySink second = new MemorySink();
    new ChatImporter(dir.resolve("data1"), Fixtures.CLOCK)
        .importFile(
            Fixtures.copy("memotrace.txt", dir.resolve("a")), ImportOptions.defaults(), first);
    new ChatImporter(dir.resolve("data2"), Fixtures.CLOCK)
        .importFile(
            Fixtures.copy("memotrace.txt", dir.resolve("b")), ImportOptions.defaults(), second);

    assertThat(second.list().get(0).author()).isNotEqualTo(first.list().get(0).author());
  }

  @Test
  void secretIsCreatedOnFirstUseReadableByTheOwnerOnly() throws Exception {
    new ChatImporter(dir.resolve("data"), Fixtures.CLOCK)
        .importFile(
            Fixtures.copy("memotrace.txt", dir.resolve("in")),
            ImportOptions.defaults(),
            new MemorySink());

    Path secret = dir.resolve("data").resolve(PseudonymSecret.FILE);
    assertThat(secret).exists();
    assertThat(Files.getPosixFilePermissions(secret))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    assertThat(Files.readString(secret).strip()).matches("[0-9a-f]{64}");
  }

  @Test
  void pseudonymiseOffKeepsNamesButStillRedactsNumbers() {
    MemorySink sink = new MemorySink();
    new ChatImporter(dir.resolve("data"), Fixtures.CLOCK)
        .importFile(
            Fixtures.copy("WhatsApp Chat with GPU Traders Asia.txt", dir.resolve("in")),
            ImportOptions.defaults().withPseudonymise(false),
            sink);

    Report call = sink.withText("about the 4090s");
    assertThat(call.author()).isEqualTo("Marcus Hale");
    assertThat(call.chat().sender()).isEqualTo("Marcus Hale");
    assertThat(call.text()).doesNotContain("138 0013 8000");
  }

  @Test
  void rawFileIsKeptOnlyWhenAsked() throws Exception {
    ChatImporter importer = new ChatImporter(dir.resolve("data"), Fixtures.CLOCK);
    Path file = Fixtures.copy("memotrace.txt", dir.resolve("in"));

    importer.importFile(file, ImportOptions.defaults(), new MemorySink());
    assertThat(dir.resolve("data/raw")).doesNotExist();

    importer.importFile(file, ImportOptions.defaults().withKeepRaw(true), new MemorySink());
    assertThat(dir.resolve("data/raw/20261128-100000-memotrace.txt")).hasSameBinaryContentAs(file);
  }

  @Test
  void collidingPseudonymsGetLonger() {
    Pseudonymiser pseudonymiser = new Pseudonymiser(new byte[32]);
    Map<String, String> byPrefix = new HashMap<>();
    String first = null;
    String second = null;
    for (int i = 0; first == null; i++) {
      String id = "wxid_" + i;
      String prefix = pseudonymiser.digest(id).substring(0, 4);
      String earlier = byPrefix.putIfAbsent(prefix, id);
      if (earlier != null) {
        first = earlier;
        second = id;
      }
    }

    String a = pseudonymiser.pseudonym(first);
    String b = pseudonymiser.pseudonym(second);

    assertThat(a).hasSize("trader-".length() + 4);
    assertThat(b).hasSizeGreaterThan(a.length()).startsWith(a);
    assertThat(pseudonymiser.pseudonym(second)).isEqualTo(b);
  }
}
