package dev.signaldesk.crawler.source;

import java.util.List;

/**
 * What a source found on its listing pages.
 *
 * @param candidates article URLs, in the order found (duplicates allowed; the runner merges them)
 * @param errors problems with listing pages (unreachable feed, unparseable sitemap ...), one line
 *     each naming the URL
 */
public record Discovery(List<Candidate> candidates, List<String> errors) {

  public Discovery {
    candidates = List.copyOf(candidates);
    errors = List.copyOf(errors);
  }
}
