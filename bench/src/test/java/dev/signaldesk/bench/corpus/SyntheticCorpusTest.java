package dev.signaldesk.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.config.ConfigLoader;
import dev.signaldesk.indexer.signal.price.PriceMentionExtractor;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportKind;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticCorpusTest {

  private static List<Report> first(long seed, int n) {
    List<Report> out = new ArrayList<>();
    new SyntheticCorpus(new CorpusSpec(seed, n, CorpusSpec.DEFAULT_CHAT_SHARE))
        .reports()
        .forEachRemaining(out::add);
    return out;
  }

  @Test
  void sameSeedGivesTheSameDocumentsAndAnotherSeedDifferentOnes() {
    assertThat(first(7, 50)).isEqualTo(first(7, 50));
    assertThat(first(8, 50)).isNotEqualTo(first(7, 50));
  }

  @Test
  void documentIsAFunctionOfItsIndexSoARunCanResumeAnywhere() {
    SyntheticCorpus corpus = new SyntheticCorpus(CorpusSpec.of(1_000));
    List<Report> tail = new ArrayList<>();
    corpus.reports(500, 510).forEachRemaining(tail::add);
    assertThat(tail.get(3)).isEqualTo(corpus.report(503));
  }

  @Test
  void lengthsLanguagesAndDatesFollowTheSpec() {
    List<Report> reports = first(CorpusSpec.DEFAULT_SEED, 2_000);
    List<Report> news = reports.stream().filter(r -> r.kind() == ReportKind.NEWS).toList();
    List<Report> chats = reports.stream().filter(r -> r.kind() == ReportKind.CHAT).toList();
    assertThat(chats.size()).isBetween(1_050, 1_350); // 60% chat share
    assertThat(news).allSatisfy(r -> assertThat(r.text().length()).isBetween(800, 3_000));
    assertThat(chats).allSatisfy(r -> assertThat(r.text().length()).isBetween(2, 200));
    assertThat(chats.stream().filter(r -> r.text().length() >= 5).count())
        .isGreaterThan(chats.size() * 9 / 10);
    assertThat(reports).extracting(Report::language).contains("zh", "en");
    assertThat(reports)
        .allSatisfy(
            r ->
                assertThat(r.publishedAt().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate())
                    .isBetween(MarketCurve.START, MarketCurve.END));
    long years =
        reports.stream()
            .map(r -> r.publishedAt().atZone(ZoneId.of("Asia/Shanghai")).getYear())
            .distinct()
            .count();
    assertThat(years).isEqualTo(4); // Dec 2023 through Nov 2026
  }

  @Test
  void priceExtractorFindsPricesInTheGeneratedTextsThatFollowTheMarketCurve() {
    PriceMentionExtractor extractor =
        new PriceMentionExtractor(new ConfigLoader().defaults().signals());
    List<Double> early = new ArrayList<>();
    List<Double> trough = new ArrayList<>();
    for (Report r : first(CorpusSpec.DEFAULT_SEED, 2_000)) {
      var day = r.publishedAt().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
      extractor.extract(r.text(), day).included().stream()
          .filter(p -> p.model().equals("H100") && p.kind().name().equals("RENT"))
          .forEach(
              p ->
                  (day.getYear() == 2023 || day.isBefore(java.time.LocalDate.of(2024, 3, 1))
                          ? early
                          : trough)
                      .add(p.cny()));
    }
    assertThat(early).hasSizeGreaterThan(5);
    assertThat(trough).hasSizeGreaterThan(20);
    assertThat(median(early)).isGreaterThan(median(trough));
  }

  @Test
  void chatExportIsAMemoTraceCsvWithOneRowPerChatMessage() throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("bench-chat", ".csv");
    try {
      long written =
          ChatExportWriter.write(new SyntheticCorpus(CorpusSpec.of(200)).reports(), file);
      String text = java.nio.file.Files.readString(file);
      assertThat(text).startsWith("\uFEFFlocalId,TalkerId,Type,SubType,IsSender,CreateTime");
      assertThat(written)
          .isEqualTo(
              first(CorpusSpec.DEFAULT_SEED, 200).stream()
                  .filter(r -> r.kind() == ReportKind.CHAT)
                  .count());
    } finally {
      java.nio.file.Files.delete(file);
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
