package dev.signaldesk.bench.measure;

import java.time.Duration;

/**
 * How many rounds a phase may run: at most {@code maxRounds} and, once {@code minRounds} have run,
 * only while the window lasts. Keeps warm-ups and repeated measurements bounded at scales where one
 * round takes seconds (a price series at 1M documents, a match batch against 100k saved queries),
 * while a fast phase still runs its full count. Not thread-safe: one per loop.
 */
public final class Budget {
  private final int maxRounds;
  private final int minRounds;
  private final long deadline;
  private int rounds;

  private Budget(int maxRounds, int minRounds, Duration window) {
    if (minRounds < 0 || maxRounds < minRounds) {
      throw new IllegalArgumentException(
          "Need 0 <= minRounds <= maxRounds, were " + minRounds + " and " + maxRounds);
    }
    this.maxRounds = maxRounds;
    this.minRounds = minRounds;
    this.deadline = System.nanoTime() + window.toNanos();
  }

  /** Starts the window now. */
  public static Budget of(int maxRounds, Duration window, int minRounds) {
    return new Budget(maxRounds, minRounds, window);
  }

  /** True, and counts a round, when another round may run. */
  public boolean next() {
    if (rounds >= maxRounds || (rounds >= minRounds && System.nanoTime() >= deadline)) {
      return false;
    }
    rounds++;
    return true;
  }

  /** Rounds granted so far. */
  public int rounds() {
    return rounds;
  }
}
