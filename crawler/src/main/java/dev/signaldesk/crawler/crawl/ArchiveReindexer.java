package dev.signaldesk.crawler.crawl;

import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.config.SourceConfig;
import dev.signaldesk.crawler.archive.ArchivedResponse;
import dev.signaldesk.crawler.archive.WarcArchive;
import dev.signaldesk.crawler.extract.CharsetDecoder;
import dev.signaldesk.crawler.extract.ExtractedArticle;
import dev.signaldesk.crawler.extract.PageClassification;
import dev.signaldesk.crawler.extract.PageClassifier;
import dev.signaldesk.crawler.extract.site.ParseResult;
import dev.signaldesk.crawler.fetch.ArchiveRef;
import dev.signaldesk.crawler.fetch.FetchResult;
import dev.signaldesk.crawler.fetch.Truncation;
import dev.signaldesk.crawler.source.FetchedPage;
import dev.signaldesk.crawler.source.GenericArticles;
import dev.signaldesk.crawler.source.SourceAdapter;
import dev.signaldesk.crawler.source.SourceAdapters;
import dev.signaldesk.crawler.state.CrawlStateStore;
import dev.signaldesk.crawler.state.UrlState;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportSink;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rebuilds reports from the WARC archive without touching the network ({@code ./signaldesk
 * reindex}). The crawl state says which archived response is the current copy of each stored
 * article and which source it belongs to; those responses go through the same decoding,
 * classification and site parser as in a crawl. Responses the state does not point at (redirects,
 * robots.txt, errors, superseded copies, duplicates) are skipped.
 */
public final class ArchiveReindexer {
  private final SignalDeskConfig config;
  private final Path dataDir;
  private final ReportSink sink;
  private final CharsetDecoder decoder = new CharsetDecoder();
  private final PageClassifier classifier = new PageClassifier();

  public ArchiveReindexer(SignalDeskConfig config, Path dataDir, ReportSink sink) {
    this.config = config;
    this.dataDir = dataDir;
    this.sink = sink;
  }

  /**
   * What a reindex did.
   *
   * @param responsesRead response records read from the archive
   * @param reindexed reports handed to the sink
   * @param skipped responses that are not the current copy of a stored article
   * @param errors unreadable files and pages that no longer parse, one line each
   */
  public record Summary(int responsesRead, int reindexed, int skipped, List<String> errors) {}

  public Summary run() {
    Map<String, SourceAdapter> adapters = new HashMap<>();
    for (SourceConfig s : config.sources()) {
      adapters.put(s.id(), SourceAdapters.forConfig(s));
    }
    Map<String, UrlState> current = new HashMap<>();
    try (CrawlStateStore store =
        config.crawler().stateJdbcUrl() == null
            ? CrawlStateStore.openH2(dataDir)
            : new CrawlStateStore(config.crawler().stateJdbcUrl(), null, null)) {
      for (UrlState s : store.storedWithArchive()) {
        current.putIfAbsent(s.warcRecordId(), s);
      }
    }
    List<String> errors = new ArrayList<>();
    Set<String> done = new HashSet<>();
    int[] counts = new int[2];
    WarcArchive.ScanReport scan =
        new WarcArchive(dataDir.resolve("archive"))
            .forEachResponse(
                r -> {
                  UrlState s = current.get(r.recordId());
                  if (s == null || !done.add(r.recordId())) {
                    counts[1]++;
                    return;
                  }
                  // A source removed from the configuration still has its pages read generically.
                  SourceAdapter adapter = adapters.get(s.sourceId());
                  String problem = reindex(r, s, adapter);
                  if (problem == null) {
                    counts[0]++;
                  } else {
                    errors.add(
                        r.warcFile() + " " + r.recordId() + " " + r.targetUri() + ": " + problem);
                  }
                });
    sink.commit();
    errors.addAll(scan.errors());
    return new Summary(scan.responses(), counts[0], counts[1], List.copyOf(errors));
  }

  private String reindex(ArchivedResponse r, UrlState s, SourceAdapter adapter) {
    if (r.truncated() || r.status() < 200 || r.status() >= 300) {
      return "archived response is not a complete 2xx page";
    }
    String html = decoder.decode(r.body(), r.contentType()).text();
    PageClassification c = classifier.classify(r.targetUri().toString(), r.status(), html);
    FetchResult fetch =
        new FetchResult(
            r.targetUri(),
            r.targetUri(),
            r.status(),
            r.headers(),
            r.body(),
            r.date(),
            Truncation.NONE,
            List.of(),
            null,
            null,
            1,
            new ArchiveRef(r.warcFile(), r.recordId()));
    FetchedPage page = new FetchedPage(fetch, html, c);
    if (!page.isContent()) {
      return "classified as " + c.verdict();
    }
    ParseResult<ExtractedArticle> parsed;
    try {
      parsed = adapter != null ? adapter.parse(page) : GenericArticles.extract(page);
    } catch (RuntimeException e) {
      return "parser crashed: " + e;
    }
    if (!parsed.isOk()) {
      return parsed.failure();
    }
    ExtractedArticle a = parsed.value();
    String canonical = ReportFactory.canonicalOf(a, page.url());
    Report report =
        ReportFactory.news(
            s.sourceId(),
            a,
            canonical,
            page.url(),
            null,
            null,
            r.date(),
            r.contentType(),
            fetch.archive());
    sink.upsert(report);
    return null;
  }
}
