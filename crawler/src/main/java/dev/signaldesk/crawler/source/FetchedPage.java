package dev.signaldesk.crawler.source;

import dev.signaldesk.crawler.extract.PageClassification;
import dev.signaldesk.crawler.fetch.FetchResult;

/**
 * A fetched response with its body decoded to text and classified.
 *
 * @param fetch the raw fetch result
 * @param html the body as text ({@code ""} when there is no usable body)
 * @param classification what kind of page it is; null when the fetch produced no 2xx page
 */
public record FetchedPage(FetchResult fetch, String html, PageClassification classification) {

  /** The URL the page was finally served from. */
  public String url() {
    return fetch.finalUrl().toString();
  }

  /** A complete 2xx page the classifier takes for content. */
  public boolean isContent() {
    return fetch.isComplete() && classification != null && classification.isContent();
  }
}
