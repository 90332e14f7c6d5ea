package dev.signaldesk.crawler.politeness;

import dev.signaldesk.crawler.fetch.FetchError;
import dev.signaldesk.crawler.fetch.FetchRequest;
import dev.signaldesk.crawler.fetch.FetchResult;
import dev.signaldesk.crawler.fetch.HostKey;
import dev.signaldesk.crawler.fetch.HttpFetcher;
import dev.signaldesk.crawler.robots.RobotsPolicy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * The fetcher sources use: robots.txt first (for the URL and every redirect target), then the
 * host's circuit breaker, then the throttled, archived HTTP fetch. Outcomes feed the breaker, and a
 * host that served a block page is pushed back with {@link #hostBlocked(URI)}.
 */
public final class PoliteFetcher {
  private final HttpFetcher fetcher;
  private final RobotsPolicy robots;
  private final HostThrottle throttle;
  private final HostBreaker breaker;
  private final Clock clock;
  private final Duration blockedBackoff;

  public PoliteFetcher(
      HttpFetcher fetcher,
      RobotsPolicy robots,
      HostThrottle throttle,
      HostBreaker breaker,
      Clock clock,
      Duration blockedBackoff) {
    this.fetcher = fetcher;
    this.robots = robots;
    this.throttle = throttle;
    this.breaker = breaker;
    this.clock = clock;
    this.blockedBackoff = blockedBackoff;
  }

  /** Fetches unless robots.txt or the breaker says no; either refusal is a result, not a throw. */
  public FetchResult fetch(FetchRequest request) {
    URI url = request.url();
    String host = HostKey.of(url);
    if (breaker.isOpen(host)) {
      return FetchResult.failed(url, url, clock.instant(), null, FetchError.BREAKER_OPEN, host);
    }
    if (!robots.isAllowed(url)) {
      return FetchResult.failed(
          url, url, clock.instant(), null, FetchError.ROBOTS_DENIED, "robots.txt");
    }
    FetchResult r = fetcher.fetch(request.following(robots::isAllowed));
    if (isHostFailure(r)) {
      breaker.recordFailure(HostKey.of(r.finalUrl()));
    } else if (r.status() > 0) {
      breaker.recordSuccess(HostKey.of(r.finalUrl()));
    }
    return r;
  }

  /**
   * A captcha, challenge or similar page came from this URL's host: leave the host alone a while.
   */
  public void hostBlocked(URI url) {
    String host = HostKey.of(url);
    throttle.backOff(host, blockedBackoff);
    breaker.recordFailure(host);
  }

  public RobotsPolicy robots() {
    return robots;
  }

  private static boolean isHostFailure(FetchResult r) {
    if (r.error() == FetchError.TIMEOUT || r.error() == FetchError.CONNECTION) {
      return true;
    }
    return r.status() == 429 || r.status() >= 500;
  }
}
