package dev.signaldesk.crawler.robots;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import dev.signaldesk.crawler.fetch.FetchRequest;
import dev.signaldesk.crawler.fetch.FetchResult;
import dev.signaldesk.crawler.fetch.HostKey;
import dev.signaldesk.crawler.fetch.HttpFetcher;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Answers "may this URL be fetched?" from the host's robots.txt, parsed by crawler-commons and
 * cached per {@code scheme:host:port} for {@code crawler.robots-cache-ttl}.
 *
 * <p>What an unusable robots.txt means (as StormCrawler and Google do it): 404 and other 4xx →
 * everything allowed; 5xx or no response → nothing allowed, and that verdict is cached only briefly
 * ({@link #FAILURE_TTL}) so a host that recovers is not shunned for hours.
 */
public final class RobotsPolicy {
  /** How long a deny-all caused by a 5xx or network failure is kept. */
  public static final Duration FAILURE_TTL = Duration.ofMinutes(10);

  private final HttpFetcher fetcher;
  private final Clock clock;
  private final Duration ttl;
  private final List<String> agentNames;
  private final BiConsumer<String, Duration> crawlDelayListener;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  /**
   * @param fetcher fetches robots.txt (and archives it like any response)
   * @param userAgent the configured User-Agent; its product token is matched against the file
   * @param crawlDelayListener told the Crawl-delay of each host whose robots.txt sets one
   */
  public RobotsPolicy(
      HttpFetcher fetcher,
      Clock clock,
      Duration ttl,
      String userAgent,
      BiConsumer<String, Duration> crawlDelayListener) {
    this.fetcher = fetcher;
    this.clock = clock;
    this.ttl = ttl;
    this.agentNames = List.of(productToken(userAgent));
    this.crawlDelayListener = crawlDelayListener;
  }

  /** True when robots.txt lets the configured agent fetch {@code url}. */
  public boolean isAllowed(URI url) {
    return rulesFor(url).isAllowed(url.toString());
  }

  /** The rules for the URL's host, fetched or from the cache. */
  public BaseRobotRules rulesFor(URI url) {
    String key = HostKey.of(url);
    Instant now = clock.instant();
    Cached c = cache.get(key);
    if (c != null && now.isBefore(c.expires)) {
      return c.rules;
    }
    Cached fresh = load(url, now);
    cache.put(key, fresh);
    if (fresh.rules.getCrawlDelay() > 0) {
      crawlDelayListener.accept(key, Duration.ofMillis(fresh.rules.getCrawlDelay()));
    }
    return fresh.rules;
  }

  private record Cached(BaseRobotRules rules, Instant expires) {}

  private Cached load(URI url, Instant now) {
    URI robots = robotsUrl(url);
    FetchResult r = fetcher.fetch(FetchRequest.get(robots));
    // The parser's own Crawl-delay cap would turn long delays into "deny all"; we cap instead.
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE, 5);
    if (r.error() != null && r.status() == 0) {
      return new Cached(
          new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE), shortTtl(now));
    }
    int status = r.status();
    if (status >= 200 && status < 300) {
      BaseRobotRules rules =
          parser.parseContent(robots.toString(), r.body(), r.contentType(), agentNames);
      return new Cached(rules, now.plus(ttl));
    }
    if (status >= 500 || status == 429) {
      return new Cached(
          new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE), shortTtl(now));
    }
    // 3xx left after following redirects, 404, 410, other 4xx: no rules.
    return new Cached(
        new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), now.plus(ttl));
  }

  private Instant shortTtl(Instant now) {
    return now.plus(ttl.compareTo(FAILURE_TTL) < 0 ? ttl : FAILURE_TTL);
  }

  static URI robotsUrl(URI url) {
    return URI.create(
        url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getRawAuthority() + "/robots.txt");
  }

  /** {@code SignalDeskBot/1.0 (+https://...)} → {@code signaldeskbot}. */
  static String productToken(String userAgent) {
    String token = userAgent.trim().split("[/\\s]", 2)[0];
    return token.toLowerCase(Locale.ROOT);
  }
}
