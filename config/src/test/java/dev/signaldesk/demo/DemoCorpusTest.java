package dev.signaldesk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signaldesk.model.Provenance;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportKind;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
    assertThat(sources).contains("36kr", "jazzyear", "wechat");
    assertThat(corpus.reports().stream().filter(r -> r.language().equals("en")).count())
        .isGreaterThanOrEqualTo(10);
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
        if (month.isAfter(YearMonth.of(2025, 12))) {
          continue; // the falling series runs to 2025; 2026 is the recovery
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
  void republishedJiaziPieceKeepsTheOriginBodyAndAddsTheAuthorisationTail() {
    List<Report> reposts =
        corpus.reports().stream().filter(r -> r.text().contains("36氪经授权发布")).toList();
    assertThat(reposts).isNotEmpty();
    for (Report repost : reposts) {
      String tail = repost.text().substring(repost.text().lastIndexOf("\n\n") + 2);
      assertThat(tail).startsWith("本文来自微信公众号");
      String body = repost.text().substring(0, repost.text().lastIndexOf("\n\n"));
      assertThat(
              corpus.reports().stream()
                  .filter(o -> o.text().equals(body))
                  .filter(o -> o.publishedAt().isBefore(repost.publishedAt()))
                  .count())
          .as("earlier origin of " + repost.provenance().importFile())
          .isEqualTo(1);
    }
  }

  @Test
  void reportsListedAsFreeOfAStandalone100NeverContainIt() {
    Pattern standalone100 = Pattern.compile("(?<![A-Za-z0-9])100(?![0-9])");
    Set<String> slugs =
        Set.of(
            "36kr-h100-rent-14w-2024-02",
            "36kr-h100-rent-75k-2025-01",
            "asia-tech-wire-h100-rent-halved-2025-02",
            "jazzyear-idle-compute-80-percent-2025-03",
            "wechat-h100-year-end-2025-12");
    List<Report> listed =
        corpus.reports().stream()
            .filter(r -> slugs.contains(DemoArticleParser.slugOf(r.provenance().importFile())))
            .toList();
    assertThat(listed).hasSize(slugs.size());
    for (Report r : listed) {
      assertThat(r.text()).contains("H100");
      assertThat(standalone100.matcher(r.text()).find()).as(r.provenance().importFile()).isFalse();
    }
    // ...while some reports do contain it, so a search for 100 has something to find.
    assertThat(corpus.reports().stream().filter(r -> standalone100.matcher(r.text()).find()))
        .isNotEmpty();
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
  void loadingTwiceYieldsEqualReports() {
    assertThat(DemoCorpus.load().reports().equals(corpus.reports())).isTrue();
  }

  @Test
  void missingFileIsReportedWithItsManifestLine() {
    assertThatThrownBy(() -> DemoCorpus.load(getClass().getClassLoader(), "demo-broken/"))
        .isInstanceOf(DemoCorpusException.class)
        .hasMessageContaining("manifest.txt:3")
        .hasMessageContaining("news/missing.txt");
  }
}
