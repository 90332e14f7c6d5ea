package dev.signaldesk.bench.scenario;

import dev.signaldesk.bench.corpus.ArticlePages;
import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.crawler.extract.ArticleExtractor;
import dev.signaldesk.crawler.extract.ExtractedArticle;
import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.indexer.schema.FieldContributor;
import dev.signaldesk.indexer.search.QueryFieldRegistry;
import dev.signaldesk.indexer.search.SearchService;
import dev.signaldesk.indexer.signal.SignalExtractor;
import dev.signaldesk.indexer.signal.index.SignalFieldContributor;
import dev.signaldesk.indexer.signal.index.SignalQueryFields;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The SignalDesk pipeline as the application wires it: article extraction for pages, the signals
 * contributor for enrichment, the report index, and a search service that knows the signal fields.
 */
final class Pipeline {

  private Pipeline() {}

  static List<FieldContributor> contributors(SignalDeskConfig config, Clock clock) {
    int hamming =
        config.signals().storyMaxHamming() == null ? 3 : config.signals().storyMaxHamming();
    return List.of(
        new SignalFieldContributor(
            new SignalExtractor(config.signals()),
            SignalFieldContributor.storyResolver(hamming),
            clock));
  }

  static ReportIndex open(Path dir, SignalDeskConfig config, Clock clock) {
    return ReportIndex.open(dir, config.index(), contributors(config, clock));
  }

  static QueryFieldRegistry fields(SignalDeskConfig config) {
    return SignalQueryFields.register(QueryFieldRegistry.standard(), config.signals());
  }

  static SearchService search(ReportIndex index, SignalDeskConfig config) {
    return new SearchService(index, fields(config));
  }

  /** The page of a generated NEWS report, as the crawler would have fetched it. */
  static String page(Report generated) {
    return ArticlePages.render(generated);
  }

  /**
   * What the crawler would store for {@code page}: the generated report with title, text, author
   * and date replaced by what the extractor read from the page. Chat reports pass unchanged.
   */
  static Report extracted(Report generated, String page, ArticleExtractor extractor) {
    if (generated.kind() != ReportKind.NEWS) {
      return generated;
    }
    ExtractedArticle a = extractor.extract(page, generated.url());
    Instant published =
        a.publishedAt() == null ? generated.publishedAt() : a.publishedAt().toInstant();
    return new Report(
        generated.id(),
        generated.sourceId(),
        ReportKind.NEWS,
        generated.url(),
        generated.canonicalUrl(),
        a.title().isBlank() ? generated.title() : a.title(),
        a.text(),
        a.author() == null ? generated.author() : a.author(),
        a.language() == null ? generated.language() : a.language(),
        published,
        generated.fetchedAt(),
        null,
        generated.provenance(),
        null);
  }
}
