package dev.signaldesk.crawler.fetch;

import java.time.Duration;

/**
 * Waits. Every delay in the crawler (per-host politeness, retry backoff, Retry-After) goes through
 * one, so tests pass a sleeper that advances a fake clock instead of waiting.
 */
@FunctionalInterface
public interface Sleeper {

  /** The real thing: {@link Thread#sleep(long)}. */
  Sleeper SYSTEM =
      d -> {
        if (!d.isNegative() && !d.isZero()) {
          Thread.sleep(d.toMillis());
        }
      };

  void sleep(Duration duration) throws InterruptedException;
}
