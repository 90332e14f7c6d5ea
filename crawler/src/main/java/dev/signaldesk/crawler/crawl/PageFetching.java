package dev.signaldesk.crawler.crawl;

import dev.signaldesk.crawler.extract.CharsetDecoder;
import dev.signaldesk.crawler.extract.PageClassification;
import dev.signaldesk.crawler.extract.PageClassifier;
import dev.signaldesk.crawler.fetch.FetchRequest;
import dev.signaldesk.crawler.fetch.FetchResult;
import dev.signaldesk.crawler.politeness.PoliteFetcher;
import dev.signaldesk.crawler.source.FetchedPage;
import java.net.URI;

/**
 * Fetch, decode, classify: a response becomes a {@link FetchedPage}. A page the classifier takes
 * for a captcha or challenge backs its host off at once, before anyone reads it.
 */
final class PageFetching {
  private final PoliteFetcher fetcher;
  private final CharsetDecoder decoder = new CharsetDecoder();
  private final PageClassifier classifier = new PageClassifier();

  PageFetching(PoliteFetcher fetcher) {
    this.fetcher = fetcher;
  }

  FetchResult fetch(FetchRequest request) {
    return fetcher.fetch(request);
  }

  FetchedPage page(FetchRequest request) {
    return toPage(fetcher.fetch(request));
  }

  FetchedPage page(URI url) {
    return page(FetchRequest.get(url));
  }

  /** Decodes and classifies a complete 2xx response; anything else is returned unclassified. */
  FetchedPage toPage(FetchResult r) {
    if (!r.isComplete()) {
      return new FetchedPage(r, "", null);
    }
    String html = decoder.decode(r.body(), r.contentType()).text();
    PageClassification c = classify(r, html);
    if (c.verdict().isBlock()) {
      fetcher.hostBlocked(r.finalUrl());
    }
    return new FetchedPage(r, html, c);
  }

  private PageClassification classify(FetchResult r, String html) {
    return classifier.classify(r.finalUrl().toString(), r.status(), html);
  }
}
