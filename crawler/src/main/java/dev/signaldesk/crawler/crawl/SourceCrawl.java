package dev.signaldesk.crawler.crawl;

import dev.signaldesk.config.CrawlerConfig;
import dev.signaldesk.crawler.extract.ExtractedArticle;
import dev.signaldesk.crawler.extract.UrlCanonicalizer;
import dev.signaldesk.crawler.extract.site.ParseResult;
import dev.signaldesk.crawler.fetch.FetchError;
import dev.signaldesk.crawler.fetch.FetchRequest;
import dev.signaldesk.crawler.fetch.FetchResult;
import dev.signaldesk.crawler.fetch.Truncation;
import dev.signaldesk.crawler.source.Candidate;
import dev.signaldesk.crawler.source.Discovery;
import dev.signaldesk.crawler.source.FetchedPage;
import dev.signaldesk.crawler.source.SourceAdapter;
import dev.signaldesk.crawler.source.SourceContext;
import dev.signaldesk.crawler.state.CrawlStateStore;
import dev.signaldesk.crawler.state.StateStoreException;
import dev.signaldesk.crawler.state.UrlState;
import dev.signaldesk.crawler.state.UrlStatus;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportIds;
import dev.signaldesk.model.ReportSink;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One pass over one source: discover, then fetch each due URL, classify, parse, de-duplicate and
 * hand new articles to the sink.
 *
 * <p>Crash safety comes from the order of writes: a URL is marked FETCHED only in the batch written
 * after {@link ReportSink#commit()} returned, so a crash before that leaves it due and it is
 * fetched again; a crash after it leaves it FETCHED and it is not. Failures and block pages are
 * written at once (they put nothing in the sink).
 */
final class SourceCrawl {
  /** Failures after which a URL is no longer retried automatically. */
  static final int MAX_ATTEMPTS = 5;

  private final SourceAdapter adapter;
  private final CrawlerConfig config;
  private final PageFetching pages;
  private final CrawlStateStore store;
  private final ReportSink sink;
  private final Clock clock;
  private final Consumer<String> linkListener;

  private final List<UrlState> pendingStates = new ArrayList<>();
  private final DuplicateCheck duplicateCheck;
  private final List<String> errorMessages = new ArrayList<>();
  private int discovered;
  private int fetched;
  private int notModified;
  private int robotsDenied;
  private int blocked;
  private int errors;
  private int truncated;
  private int newDocuments;
  private int duplicates;
  private int uncommitted;

  /**
   * @param linkListener told every link found in an article page (WeChat links are collected for
   *     the WeChat source this way)
   */
  SourceCrawl(
      SourceAdapter adapter,
      CrawlerConfig config,
      PageFetching pages,
      CrawlStateStore store,
      ReportSink sink,
      Clock clock,
      Consumer<String> linkListener) {
    this.adapter = adapter;
    this.config = config;
    this.pages = pages;
    this.store = store;
    this.sink = sink;
    this.clock = clock;
    this.linkListener = linkListener;
    this.duplicateCheck = new DuplicateCheck(store);
  }

  SourceSummary run() {
    Discovery discovery;
    try {
      discovery = adapter.discover(context());
    } catch (StateStoreException e) {
      throw e;
    } catch (RuntimeException e) {
      // A listing page that breaks the adapter must not stop the URLs already due.
      discovery = new Discovery(List.of(), List.of("discovery failed: " + e));
    }
    discovery.errors().forEach(this::error);
    Map<String, Candidate> work = new LinkedHashMap<>();
    Instant now = clock.instant();
    for (Candidate c : discovery.candidates()) {
      String key = UrlCanonicalizer.canonicalize(c.url());
      if (work.containsKey(key)) {
        continue;
      }
      UrlState prior = store.get(key).orElse(null);
      if (prior == null) {
        discovered++;
        store.put(UrlState.discovered(key, adapter.id(), now));
        work.put(key, c);
      } else if (isDue(prior, now) || c.prefetched() != null) {
        work.put(key, c);
      }
    }
    // Earlier runs' leftovers: killed before commit, failed and due for a retry, due for revisit.
    for (UrlState s : store.due(adapter.id(), now, MAX_ATTEMPTS, config.maxPagesPerSource())) {
      work.putIfAbsent(s.url(), Candidate.of(s.url()));
    }
    int budget = config.maxPagesPerSource();
    for (Map.Entry<String, Candidate> e : work.entrySet()) {
      if (budget-- <= 0) {
        break;
      }
      try {
        process(e.getKey(), e.getValue());
      } catch (StateStoreException ex) {
        throw ex;
      } catch (RuntimeException ex) {
        // One page that trips the decoder or classifier is that page's failure, not the crawl's.
        error(e.getKey() + ": " + ex);
        UrlState prior =
            store
                .get(e.getKey())
                .orElseGet(() -> UrlState.discovered(e.getKey(), adapter.id(), clock.instant()));
        store.put(
            prior.failed(
                UrlStatus.PARSE_ERROR, null, String.valueOf(ex), revisitAt(), clock.instant()));
      }
    }
    flush();
    return new SourceSummary(
        adapter.id(),
        discovered,
        fetched,
        notModified,
        robotsDenied,
        blocked,
        errors,
        truncated,
        newDocuments,
        duplicates,
        errorMessages);
  }

  private static boolean isDue(UrlState s, Instant now) {
    return s.nextFetchAt() != null && !s.nextFetchAt().isAfter(now) && s.attempts() < MAX_ATTEMPTS;
  }

  private void process(String key, Candidate c) {
    UrlState prior =
        store.get(key).orElseGet(() -> UrlState.discovered(key, adapter.id(), clock.instant()));
    String expectedId = ReportIds.forUrl(key);
    if (!prior.status().isStored()
        && prior.status() != UrlStatus.DUPLICATE
        && sink.contains(expectedId)) {
      // Stored by a run that died between the sink's commit and the state write: nothing to fetch.
      // The state gets the stored report's digest, or a copy of it under another URL would not be
      // recognised as a duplicate (found by the crawl SIGKILL loop).
      String digest = sink.get(expectedId).map(Report::contentSha256).orElse(prior.contentSha256());
      if (digest != null) {
        duplicateCheck.remember(key, digest);
      }
      store.put(
          prior.stored(
              UrlStatus.FETCHED,
              prior.etag(),
              prior.lastModified(),
              digest,
              prior.warcFile(),
              prior.warcRecordId(),
              expectedId,
              null,
              revisitAt(),
              clock.instant()));
      return;
    }
    FetchedPage page = c.prefetched();
    if (page == null) {
      FetchRequest request = FetchRequest.get(URI.create(key));
      if (prior.status().isStored()) {
        request = request.conditional(prior.etag(), prior.lastModified());
      }
      page = pages.page(request, adapter.config().type());
    }
    FetchResult r = page.fetch();
    Instant now = clock.instant();
    if (r.error() == FetchError.ROBOTS_DENIED) {
      robotsDenied++;
      store.put(prior.failed(UrlStatus.ROBOTS_DENIED, null, r.describe(), revisitAt(), now));
      return;
    }
    if (r.error() == FetchError.BREAKER_OPEN) {
      error(key + ": host paused by circuit breaker");
      return; // state unchanged: still due next time
    }
    if (r.isNotModified()) {
      notModified++;
      store.put(
          prior.stored(
              UrlStatus.NOT_MODIFIED,
              header(r, "etag", prior.etag()),
              header(r, "last-modified", prior.lastModified()),
              prior.contentSha256(),
              prior.warcFile(),
              prior.warcRecordId(),
              prior.reportId(),
              prior.duplicateOf(),
              revisitAt(),
              now));
      return;
    }
    if (!r.isComplete()) {
      fail(prior, r, now);
      return;
    }
    fetched++;
    if (!page.isContent()) {
      blocked++;
      var verdict = page.classification().verdict();
      Instant retry = verdict.isBlock() ? now.plus(config.blockedBackoff()) : null;
      store.put(
          withArchive(prior, r)
              .failed(
                  UrlStatus.BLOCKED,
                  verdict.name(),
                  verdict + ": " + page.classification().reason(),
                  retry,
                  now));
      return;
    }
    ParseResult<ExtractedArticle> parsed;
    try {
      parsed = adapter.parse(page);
    } catch (RuntimeException e) {
      parsed = ParseResult.failed("parser crashed: " + e);
    }
    if (!parsed.isOk()) {
      error(key + ": " + parsed.failure());
      store.put(
          withArchive(prior, r)
              .failed(UrlStatus.PARSE_ERROR, null, parsed.failure(), revisitAt(), now));
      return;
    }
    store(key, prior, c, page, parsed.value());
  }

  private void store(
      String key, UrlState prior, Candidate c, FetchedPage page, ExtractedArticle a) {
    FetchResult r = page.fetch();
    Instant now = clock.instant();
    a.links().forEach(linkListener);
    String canonical = ReportFactory.canonicalOf(a, page.url());
    Report report =
        ReportFactory.news(
            adapter.id(),
            a,
            canonical,
            page.url(),
            c.titleHint(),
            c.publishedHint(),
            r.fetchedAt(),
            r.contentType(),
            r.archive());
    String digest = report.contentSha256();
    // A revisit of the URL that stored this very article is not a duplicate of it.
    boolean revisit = report.id().equals(prior.reportId());
    String original =
        revisit ? null : duplicateCheck.originalOf(key, canonical, report.id(), digest);
    if (original != null) {
      duplicates++;
      pendingStates.add(stored(prior, r, UrlStatus.DUPLICATE, digest, null, original, now));
      batchCommitIfDue();
      return;
    }
    if (!sink.contains(report.id())) {
      newDocuments++;
    }
    sink.upsert(report);
    duplicateCheck.remember(canonical, digest);
    pendingStates.add(stored(prior, r, UrlStatus.FETCHED, digest, report.id(), null, now));
    if (!canonical.equals(key)) {
      // Remember the article under its own canonical URL too, so a link to it is recognised.
      UrlState other =
          store.get(canonical).orElseGet(() -> UrlState.discovered(canonical, adapter.id(), now));
      // Not scheduled itself: the URL the source lists is the one revisited.
      pendingStates.add(
          stored(other, r, UrlStatus.FETCHED, digest, report.id(), null, now)
              .withNextFetchAt(null));
    }
    uncommitted++;
    batchCommitIfDue();
  }

  private UrlState stored(
      UrlState prior,
      FetchResult r,
      UrlStatus status,
      String digest,
      String reportId,
      String duplicateOf,
      Instant now) {
    String warcFile = r.archive() == null ? null : r.archive().warcFile();
    String recordId = r.archive() == null ? null : r.archive().recordId();
    return prior.stored(
        status,
        r.header("etag").orElse(null),
        r.header("last-modified").orElse(null),
        digest,
        warcFile,
        recordId,
        reportId,
        duplicateOf,
        revisitAt(),
        now);
  }

  private void fail(UrlState prior, FetchResult r, Instant now) {
    String verdict = null;
    String why = r.describe();
    if (r.truncation() != Truncation.NONE) {
      truncated++;
      verdict = "TRUNCATED_" + r.truncation();
      why = "truncated: " + truncationReason(r.truncation()) + " " + r.finalUrl();
    }
    error(prior.url() + ": " + why);
    boolean permanent =
        r.error() == null && r.status() >= 400 && r.status() < 500 && r.status() != 429;
    Duration wait = config.breakerOpenFor().multipliedBy(1L << Math.min(10, prior.attempts()));
    Instant retry =
        permanent
            ? null
            : now.plus(wait.compareTo(config.revisitAfter()) > 0 ? config.revisitAfter() : wait);
    store.put(withArchive(prior, r).failed(UrlStatus.FETCH_ERROR, verdict, why, retry, now));
  }

  private String truncationReason(Truncation t) {
    return t == Truncation.LENGTH
        ? "body longer than crawler.max-body-bytes (" + config.maxBodyBytes() + " bytes)"
        : "body still arriving when crawler.read-timeout (" + config.readTimeout() + ") ran out";
  }

  private static UrlState withArchive(UrlState s, FetchResult r) {
    if (r.archive() == null) {
      return s;
    }
    return new UrlState(
        s.url(),
        s.sourceId(),
        s.status(),
        s.verdict(),
        s.etag(),
        s.lastModified(),
        s.contentSha256(),
        s.attempts(),
        s.lastError(),
        s.nextFetchAt(),
        r.archive().warcFile(),
        r.archive().recordId(),
        s.reportId(),
        s.duplicateOf(),
        s.updatedAt());
  }

  private void batchCommitIfDue() {
    if (uncommitted >= config.commitEvery()) {
      flush();
    }
  }

  /** Commits the sink, then records what it now holds. Never the other way round. */
  private void flush() {
    if (uncommitted > 0) {
      sink.commit();
      uncommitted = 0;
    }
    store.putAll(pendingStates);
    pendingStates.clear();
  }

  private Instant revisitAt() {
    return clock.instant().plus(config.revisitAfter());
  }

  private static String header(FetchResult r, String name, String fallback) {
    return r.header(name).orElse(fallback);
  }

  private void error(String message) {
    errors++;
    errorMessages.add(message);
  }

  private SourceContext context() {
    return new SourceContext() {
      @Override
      public FetchResult fetch(URI url) {
        return pages.fetch(FetchRequest.get(url));
      }

      @Override
      public FetchedPage fetchPage(URI url) {
        return pages.page(url, adapter.config().type());
      }

      @Override
      public List<String> knownUrls() {
        return store.all(adapter.id()).stream().map(UrlState::url).toList();
      }

      @Override
      public int pageBudget() {
        return config.maxPagesPerSource();
      }
    };
  }
}
