package dev.signaldesk.crawler.politeness;

import dev.signaldesk.crawler.fetch.HostKey;
import dev.signaldesk.crawler.fetch.RequestGate;
import dev.signaldesk.crawler.fetch.Sleeper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * One queue per host: each request to a host takes the next free slot, slots are at least the
 * host's delay apart (the configured minimum, or robots.txt Crawl-delay up to a cap, whichever is
 * longer), and a host that answered with a block page can be pushed back. Slots are reserved under
 * a lock and waited for outside it, so two threads never get the same slot.
 */
public final class HostThrottle implements RequestGate {
  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration minDelay;
  private final Duration maxCrawlDelay;
  private final Map<String, Instant> nextSlot = new HashMap<>();
  private final Map<String, Duration> crawlDelay = new HashMap<>();

  /**
   * @param minDelay least time between two requests to one host ({@code crawler.min-delay})
   * @param maxCrawlDelay longest robots.txt Crawl-delay honoured ({@code crawler.max-crawl-delay})
   */
  public HostThrottle(Clock clock, Sleeper sleeper, Duration minDelay, Duration maxCrawlDelay) {
    this.clock = clock;
    this.sleeper = sleeper;
    this.minDelay = minDelay;
    this.maxCrawlDelay = maxCrawlDelay;
  }

  @Override
  public void awaitTurn(URI uri) throws InterruptedException {
    Instant slot = reserve(HostKey.of(uri));
    Duration wait = Duration.between(clock.instant(), slot);
    if (!wait.isNegative() && !wait.isZero()) {
      sleeper.sleep(wait);
    }
  }

  private synchronized Instant reserve(String host) {
    Instant now = clock.instant();
    Instant next = nextSlot.get(host);
    Instant slot = next == null || next.isBefore(now) ? now : next;
    nextSlot.put(host, slot.plus(delayFor(host)));
    return slot;
  }

  /** Records a robots.txt Crawl-delay for the host; longer values are cut to the cap. */
  public synchronized void setCrawlDelay(String hostKey, Duration delay) {
    if (delay == null || delay.isNegative()) {
      crawlDelay.remove(hostKey);
    } else {
      crawlDelay.put(hostKey, delay.compareTo(maxCrawlDelay) > 0 ? maxCrawlDelay : delay);
    }
  }

  /** Keeps the host waiting at least {@code pause} from now (after a captcha, challenge ...). */
  public synchronized void backOff(String hostKey, Duration pause) {
    Instant until = clock.instant().plus(pause);
    Instant next = nextSlot.get(hostKey);
    if (next == null || next.isBefore(until)) {
      nextSlot.put(hostKey, until);
    }
  }

  /** The gap kept between two requests to the host. */
  public synchronized Duration delayFor(String hostKey) {
    Duration robots = crawlDelay.get(hostKey);
    return robots != null && robots.compareTo(minDelay) > 0 ? robots : minDelay;
  }
}
