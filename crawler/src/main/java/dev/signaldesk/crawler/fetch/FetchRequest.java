package dev.signaldesk.crawler.fetch;

import java.net.URI;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What to fetch.
 *
 * @param url the URL
 * @param etag the ETag stored for this URL, sent as {@code If-None-Match} (null: none)
 * @param lastModified the Last-Modified stored for this URL, sent as {@code If-Modified-Since}
 * @param mayFollow asked before a redirect target is requested (robots.txt); a refusal ends the
 *     fetch with {@link FetchError#ROBOTS_DENIED}
 */
public record FetchRequest(URI url, String etag, String lastModified, Predicate<URI> mayFollow) {

  public FetchRequest {
    Objects.requireNonNull(url, "The 'url' parameter must not be null.");
    mayFollow = mayFollow == null ? u -> true : mayFollow;
  }

  /** An unconditional GET that follows any redirect. */
  public static FetchRequest get(URI url) {
    return new FetchRequest(url, null, null, null);
  }

  /** The same request with the ETag / Last-Modified of the stored copy. */
  public FetchRequest conditional(String etag, String lastModified) {
    return new FetchRequest(url, etag, lastModified, mayFollow);
  }

  /** The same request asking {@code policy} before following a redirect. */
  public FetchRequest following(Predicate<URI> policy) {
    return new FetchRequest(url, etag, lastModified, policy);
  }
}
