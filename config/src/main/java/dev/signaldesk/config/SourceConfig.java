package dev.signaldesk.config;

import java.time.Duration;
import java.util.List;

/**
 * One configured source. Which fields apply depends on {@code type}:
 *
 * <ul>
 *   <li>{@code 36kr}: {@code base-url}, {@code feeds} (paths or URLs)
 *   <li>{@code jazzyear}: {@code base-url}
 *   <li>{@code wechat}: {@code urls}
 *   <li>{@code feed}, {@code sitemap}: {@code url}
 * </ul>
 *
 * @param id unique id, used in documents and on the command line
 * @param type one of {@code 36kr}, {@code jazzyear}, {@code wechat}, {@code feed}, {@code sitemap}
 * @param baseUrl site root, so that tests can point a source at a local server
 * @param feeds feed paths (relative to the base URL) or absolute feed URLs
 * @param url the feed or sitemap URL
 * @param urls explicit article URLs
 * @param schedule how often {@code serve} runs the source (null: only on demand)
 * @param enabled false to keep a source in the file without crawling it
 */
public record SourceConfig(
    String id,
    String type,
    String baseUrl,
    List<String> feeds,
    String url,
    List<String> urls,
    Duration schedule,
    Boolean enabled) {

  public SourceConfig {
    feeds = feeds == null ? List.of() : List.copyOf(feeds);
    urls = urls == null ? List.of() : List.copyOf(urls);
    enabled = enabled == null ? Boolean.TRUE : enabled;
  }
}
