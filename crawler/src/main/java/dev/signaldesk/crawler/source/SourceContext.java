package dev.signaldesk.crawler.source;

import dev.signaldesk.crawler.fetch.FetchResult;
import java.net.URI;
import java.util.List;

/** What a source adapter may use while discovering: polite, archived fetching and what is known. */
public interface SourceContext {

  /** Fetches a listing resource (feed, sitemap) as bytes; robots.txt and throttling apply. */
  FetchResult fetch(URI url);

  /** Fetches an HTML page, decodes and classifies it; block pages already back the host off. */
  FetchedPage fetchPage(URI url);

  /** URLs (canonical) this source has recorded in earlier runs, any status. */
  List<String> knownUrls();

  /** How many pages one source may fetch in one pass. */
  int pageBudget();
}
