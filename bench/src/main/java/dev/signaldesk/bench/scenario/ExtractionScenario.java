package dev.signaldesk.bench.scenario;

import dev.signaldesk.bench.corpus.SyntheticCorpus;
import dev.signaldesk.bench.measure.Budget;
import dev.signaldesk.bench.measure.LatencyRecorder;
import dev.signaldesk.bench.measure.Metric;
import dev.signaldesk.bench.measure.ScenarioResult;
import dev.signaldesk.crawler.extract.ArticleExtractor;
import dev.signaldesk.crawler.extract.ExtractedArticle;
import dev.signaldesk.indexer.signal.price.PriceMentionExtractor;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportKind;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Extraction: sentences/s through the price extractor (sentences of generated news and chats, with
 * their document dates), and pages/s through the article extractor (generated pages with
 * navigation, related links and footer). Also checks the extractor found the body: the share of
 * pages whose extracted text starts with the article's first sentence.
 */
final class ExtractionScenario implements Scenario {

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？])|(?<=[.!?])\\s+|\\n+");
  private static final ZoneId MARKET = ZoneId.of("Asia/Shanghai");

  @Override
  public String name() {
    return "extraction";
  }

  @Override
  public List<ScenarioResult> run(BenchContext ctx, long documents) throws IOException {
    return List.of(prices(ctx), pages(ctx));
  }

  private ScenarioResult prices(BenchContext ctx) {
    PriceMentionExtractor extractor = new PriceMentionExtractor(ctx.config().signals());
    List<String> sentences = new ArrayList<>();
    List<LocalDate> dates = new ArrayList<>();
    Iterator<Report> it =
        new SyntheticCorpus(ctx.corpus(Long.MAX_VALUE / 2))
            .reports(2_000_000_000L, Long.MAX_VALUE / 2);
    while (sentences.size() < ctx.profile().sentences()) {
      Report r = it.next();
      LocalDate day = r.publishedAt().atZone(MARKET).toLocalDate();
      for (String s : SENTENCE_END.split(r.text())) {
        if (!s.isBlank() && sentences.size() < ctx.profile().sentences()) {
          sentences.add(s.strip());
          dates.add(day);
        }
      }
    }
    Budget warmUp = Budget.of(Math.min(2_000, sentences.size()), ctx.profile().warmUp(), 1);
    while (warmUp.next()) {
      int i = warmUp.rounds() - 1;
      extractor.extract(sentences.get(i), dates.get(i)); // JIT warm-up
    }
    ScenarioResult.Builder row = ScenarioResult.ok(name(), "price sentences", sentences.size());
    LatencyRecorder each = new LatencyRecorder();
    long mentions = 0;
    for (int i = 0; i < sentences.size(); i++) {
      long t0 = System.nanoTime();
      mentions += extractor.extract(sentences.get(i), dates.get(i)).prices().size();
      each.record(System.nanoTime() - t0);
    }
    return row.add(Metric.of("sentences_per_s", each.perSecond(), "sentences/s"))
        .latencies(each, "")
        .add(Metric.of("mentions_per_sentence", (double) mentions / sentences.size(), "mentions"))
        .build();
  }

  private ScenarioResult pages(BenchContext ctx) {
    ArticleExtractor extractor = new ArticleExtractor();
    List<String> html = new ArrayList<>();
    List<Report> source = new ArrayList<>();
    Iterator<Report> it =
        new SyntheticCorpus(ctx.corpus(Long.MAX_VALUE / 2))
            .reports(3_000_000_000L, Long.MAX_VALUE / 2);
    while (html.size() < ctx.profile().pages()) {
      Report r = it.next();
      if (r.kind() == ReportKind.NEWS) {
        html.add(Pipeline.page(r));
        source.add(r);
      }
    }
    Budget warmUp = Budget.of(Math.min(100, html.size()), ctx.profile().warmUp(), 1);
    while (warmUp.next()) {
      int i = warmUp.rounds() - 1;
      extractor.extract(html.get(i), source.get(i).url()); // JIT warm-up
    }
    ScenarioResult.Builder row = ScenarioResult.ok(name(), "article pages", html.size());
    LatencyRecorder each = new LatencyRecorder();
    int bodyFound = 0;
    long bytes = 0;
    for (int i = 0; i < html.size(); i++) {
      long t0 = System.nanoTime();
      ExtractedArticle a = extractor.extract(html.get(i), source.get(i).url());
      each.record(System.nanoTime() - t0);
      bytes += html.get(i).length();
      String first = SENTENCE_END.split(source.get(i).text())[0].strip();
      if (a.text().strip().startsWith(first)) {
        bodyFound++;
      }
    }
    return row.add(Metric.of("pages_per_s", each.perSecond(), "pages/s"))
        .latencies(each, "")
        .add(Metric.of("body_found_pct", 100.0 * bodyFound / html.size(), "%"))
        .add(Metric.of("avg_page_kb", bytes / 1024.0 / html.size(), "KB chars"))
        .build();
  }
}
