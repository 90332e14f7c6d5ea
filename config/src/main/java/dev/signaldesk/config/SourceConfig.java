package dev.signaldesk.config;

import java.time.Duration;
import java.util.List;

/**
 * One configured source. Which fields apply depends on {@code type}:
 *
 * <ul>
 *   <li>{@code 36kr}: {@code base-url}, {@code feeds} (paths or URLs)
 *   <li>{@code jazzyear}: {@code base-url}, {@code probe-from}, {@code probe-misses}
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
 * @param probeFrom jazzyear: the id to probe upward from when the home page lists no cards and no
 *     id is known yet (null: probing starts only from ids already seen)
 * @param probeMisses jazzyear: consecutive soft 404s that end an upward probe (default 5)
 */
public record SourceConfig(
    String id,
    String type,
    String baseUrl,
    List<String> feeds,
    String url,
    List<String> urls,
    Duration schedule,
    Boolean enabled,
    Long probeFrom,
    Integer probeMisses) {

  public SourceConfig {
    feeds = feeds == null ? List.of() : List.copyOf(feeds);
    urls = urls == null ? List.of() : List.copyOf(urls);
    enabled = enabled == null ? Boolean.TRUE : enabled;
    probeMisses = probeMisses == null ? 5 : probeMisses;
  }

  /** The original shape, for callers written before the jazzyear probe settings existed. */
  public SourceConfig(
      String id,
      String type,
      String baseUrl,
      List<String> feeds,
      String url,
      List<String> urls,
      Duration schedule,
      Boolean enabled) {
    this(id, type, baseUrl, feeds, url, urls, schedule, enabled, null, null);
  }
}
