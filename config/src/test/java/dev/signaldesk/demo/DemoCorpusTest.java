package dev.signaldesk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signaldesk.model.Provenance;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportKind;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoCorpusTest {

  /** Sentence ends; a full stop only when followed by a space, so "12.8" stays whole. */
  private static final Pattern SENTENCE_END = Pattern.compile("[。！？；!?]|\\.(?=\\s|$)");

  /** A price figure: yuan (plain or 万元) or US dollars. */
  private static final Pattern PRICE =
      Pattern.compile("\\d[\\d,.]*\\s*(万元|元|yuan)|\\$\\d+(\\.\\d+)?");

  /** Words that make a price a rent rather than a sale price. */
  private static final Pattern RENT = Pattern.compile("租|/月|每月|a month|per GPU-hour|rent");

  private static DemoCorpus corpus;

  @BeforeAll
  static void load() {
    corpus = DemoCorpus.load();
  }

  private static String slug(Report r) {
    return DemoArticleParser.slugOf(r.provenance().importFile());
  }

  private static Report bySlug(String slug) {
    return corpus.reports().stream()
        .filter(r -> slug(r).equals(slug))
        .findFirst()
        .orElseThrow(() -> new AssertionError(slug + " is not in the corpus"));
  }

  @Test
  void bundlesAtLeastFortyFiveNewsReportsWithUniqueIds() {
    List<Report> reports = corpus.reports();
    assertThat(reports).hasSizeGreaterThanOrEqualTo(45);
    assertThat(reports).extracting(Report::kind).containsOnly(ReportKind.NEWS);
    assertThat(reports.stream().map(Report::id).distinct()).hasSize(reports.size());
    assertThat(reports.stream().map(Report::canonicalUrl).distinct()).hasSize(reports.size());
  }

  @Test
  void coversBothLanguagesAndEverySourceKind() {
    Set<String> languages =
        corpus.reports().stream().map(Report::language).collect(Collectors.toSet());
    assertThat(languages).containsExactlyInAnyOrder("zh", "en");
    Set<String> sources =
        corpus.reports().stream().map(Report::sourceId).collect(Collectors.toSet());
    assertThat(sources).contains("36kr", "jazzyear", "wechat", "compute-weekly", "asia-tech-wire");
    Map<String, Long> perSource =
        corpus.reports().stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.language().equals("en") ? "english" : r.sourceId(),
                    Collectors.counting()));
    assertThat(perSource.get("36kr")).isGreaterThanOrEqualTo(12);
    assertThat(perSource.get("jazzyear")).isGreaterThanOrEqualTo(10);
    assertThat(perSource.get("wechat")).isGreaterThanOrEqualTo(8);
    assertThat(perSource.get("english")).isGreaterThanOrEqualTo(10);
  }

  @Test
  void everyReportIsDatedWithin2023To2026AndFetchedShortlyAfter() {
    for (Report r : corpus.reports()) {
      String file = r.provenance().importFile();
      int year = r.publishedAt().atOffset(ZoneOffset.ofHours(8)).getYear();
      assertThat(year).as(file).isBetween(2023, 2026);
      assertThat(r.fetchedAt().isAfter(r.publishedAt())).as(file).isTrue();
      assertThat(r.fetchedAt().isBefore(r.publishedAt().plusSeconds(3600))).as(file).isTrue();
    }
  }

  @Test
  void everyBodyIsArticleLengthAndEveryReportHasAnAuthor() {
    for (Report r : corpus.reports()) {
      String file = r.provenance().importFile();
      assertThat(r.text().length()).as(file).isBetween(600, 2500);
      assertThat(r.text().split("\n\n").length).as(file).isBetween(4, 12);
      assertThat(r.author()).as(file).isNotBlank();
      assertThat(r.title()).as(file).isNotBlank();
    }
  }

  @Test
  void provenanceNamesTheCorpusFile() {
    Report first = corpus.reports().get(0);
    assertThat(first.provenance().origin()).isEqualTo(Provenance.Origin.DEMO);
    assertThat(first.provenance().importFile()).startsWith("news/").endsWith(".txt");
  }

  @Test
  void h100RentSentencesSpanAtLeastFifteenMonths() {
    TreeSet<YearMonth> months = new TreeSet<>();
    int sentences = 0;
    for (Report r : corpus.reports()) {
      for (String sentence : SENTENCE_END.split(r.text())) {
        YearMonth month = YearMonth.from(r.publishedAt().atOffset(ZoneOffset.ofHours(8)));
        if (month.isBefore(YearMonth.of(2023, 3)) || month.isAfter(YearMonth.of(2025, 12))) {
          continue; // the falling series runs 2023-03 to 2025-12; 2026 is the recovery
        }
        if (sentence.contains("H100")
            && PRICE.matcher(sentence).find()
            && RENT.matcher(sentence).find()) {
          sentences++;
          months.add(month);
        }
      }
    }
    assertThat(sentences).isGreaterThanOrEqualTo(24);
    assertThat(months).hasSizeGreaterThanOrEqualTo(15);
    assertThat(months.first().isAfter(YearMonth.of(2023, 6))).as("first month").isFalse();
    assertThat(months.last().isBefore(YearMonth.of(2025, 1))).as("last month").isFalse();
  }

  @Test
  void repostsRepeatAnEarlierBodyAndAddOnlyAnAttributionTail() {
    Map<String, Report> reposts = new TreeMap<>(); // repost slug -> origin
    for (Report repost : corpus.reports()) {
      int cut = repost.text().lastIndexOf("\n\n");
      String body = repost.text().substring(0, cut);
      corpus.reports().stream()
          .filter(o -> o.text().equals(body) && o.publishedAt().isBefore(repost.publishedAt()))
          .forEach(o -> reposts.put(slug(repost), o));
    }
    assertThat(reposts)
        .containsOnlyKeys(
            "36kr-repost-idle-compute-80-percent-2025-03", "wechat-repost-rent-slide-2024-04");
    Report jiazi = reposts.get("36kr-repost-idle-compute-80-percent-2025-03");
    assertThat(jiazi.sourceId()).isEqualTo("jazzyear");
    assertThat(bySlug("36kr-repost-idle-compute-80-percent-2025-03").text())
        .endsWith("本文来自微信公众号“甲子光年”，作者：周以宁，36氪经授权发布。");
    assertThat(slug(reposts.get("wechat-repost-rent-slide-2024-04")))
        .isEqualTo("wechat-rent-slide-2024-04");
  }

  @Test
  void manifestListsEveryBundledFile() throws IOException, URISyntaxException {
    Path root = Path.of(getClass().getClassLoader().getResource("demo/manifest.txt").toURI());
    Set<String> onDisk;
    try (Stream<Path> files = Files.walk(root.getParent())) {
      onDisk =
          files
              .filter(Files::isRegularFile)
              .map(f -> root.getParent().relativize(f).toString().replace('\\', '/'))
              .filter(f -> !f.equals("manifest.txt"))
              .collect(Collectors.toSet());
    }
    Set<String> loaded =
        corpus.reports().stream()
            .map(r -> r.provenance().importFile())
            .collect(Collectors.toCollection(HashSet::new));
    corpus.chatExports().forEach(c -> loaded.add("chat/" + c.fileName()));
    assertThat(loaded).isEqualTo(onDisk);
  }

  @Test
  void onlyThreeDocumentedReportsContainAStandalone100() {
    // docs/demo-corpus.md promises this: a search for "100" finds exactly these, never the many
    // reports that only mention H100 or A100.
    Pattern standalone100 = Pattern.compile("(?<![A-Za-z0-9])100(?![0-9])");
    Set<String> with100 =
        corpus.reports().stream()
            .filter(r -> standalone100.matcher(r.text() + " " + r.title()).find())
            .map(DemoCorpusTest::slug)
            .collect(Collectors.toSet());
    assertThat(with100)
        .containsExactlyInAnyOrder(
            "36kr-guizhou-clearance-2025-11",
            "36kr-funding-round-2026-05",
            "compute-weekly-gb200-2026-06");
    assertThat(corpus.reports().stream().filter(r -> r.text().contains("H100")).count())
        .isGreaterThanOrEqualTo(40);
  }

  @Test
  void chineseReportsSayYingweidaAndEnglishOnesSayNvidia() {
    for (Report r : corpus.reports()) {
      String file = r.provenance().importFile();
      if (r.language().equals("zh")) {
        assertThat(r.text()).as(file).doesNotContainIgnoringCase("nvidia");
      } else {
        assertThat(r.text()).as(file).doesNotContain("英伟达");
      }
    }
    assertThat(corpus.reports().stream().filter(r -> r.text().contains("英伟达"))).isNotEmpty();
    assertThat(corpus.reports().stream().filter(r -> r.text().contains("Nvidia"))).isNotEmpty();
  }

  @Test
  void handsOverBothChatExportsUnparsed() {
    assertThat(corpus.chatExports())
        .extracting(ChatExport::fileName)
        .anyMatch(n -> n.endsWith(".txt"))
        .anyMatch(n -> n.endsWith(".json"));
    for (ChatExport export : corpus.chatExports()) {
      assertThat(new String(export.bytes(), StandardCharsets.UTF_8)).isNotBlank();
    }
  }

  @Test
  void loadingTwiceYieldsEqualReportsAndChatExports() {
    DemoCorpus again = DemoCorpus.load();
    assertThat(again.reports().equals(corpus.reports())).isTrue();
    assertThat(again.chatExports()).isEqualTo(corpus.chatExports());
  }

  @Test
  void missingFileIsReportedWithItsManifestLine() {
    assertThatThrownBy(() -> DemoCorpus.load(getClass().getClassLoader(), "demo-broken/"))
        .isInstanceOf(DemoCorpusException.class)
        .hasMessageContaining("manifest.txt:3")
        .hasMessageContaining("news/missing.txt");
  }

  @Test
  void malformedNewsFileFailsTheLoadNamingFileAndLine() {
    assertThatThrownBy(() -> DemoCorpus.load(getClass().getClassLoader(), "demo-malformed/"))
        .isInstanceOf(DemoCorpusException.class)
        .hasMessage("news/bad.txt:3: unknown header key 'summary'");
  }

  @Test
  void manifestEntryOutsideNewsAndChatIsRejected() {
    assertThatThrownBy(() -> DemoCorpus.load(getClass().getClassLoader(), "demo-stray/"))
        .isInstanceOf(DemoCorpusException.class)
        .hasMessageStartingWith("manifest.txt:2:")
        .hasMessageContaining("images/cover.png");
  }
}
