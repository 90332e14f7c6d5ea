package dev.signaldesk.indexer.search;

import java.time.Duration;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.IndexSearcher;

/**
 * A search with a deadline. The shared near-real-time searcher must not carry one request's
 * timeout, so a timed search gets its own {@link IndexSearcher} over the same reader (cheap: no
 * I/O, the reader and its caches are shared). Lucene checks the deadline while it scores and stops
 * early, flagging {@link IndexSearcher#timedOut()}; {@link #check} turns that flag into {@link
 * SearchTimeoutException}, so a partial result is never passed off as complete.
 */
final class TimedSearcher {
  private TimedSearcher() {}

  /** {@code searcher} itself when there is no timeout, else a copy that stops at the deadline. */
  static IndexSearcher of(IndexSearcher searcher, Duration timeout) {
    if (timeout == null) {
      return searcher;
    }
    IndexSearcher timed = new IndexSearcher(searcher.getIndexReader());
    timed.setSimilarity(searcher.getSimilarity());
    timed.setQueryCache(searcher.getQueryCache());
    timed.setQueryCachingPolicy(searcher.getQueryCachingPolicy());
    long deadline = System.nanoTime() + timeout.toNanos();
    timed.setTimeout(new Deadline(deadline));
    return timed;
  }

  /**
   * @throws SearchTimeoutException if the searcher's deadline stopped a search
   */
  static void check(IndexSearcher searcher, Duration timeout) {
    if (timeout != null && searcher.timedOut()) {
      throw new SearchTimeoutException(timeout);
    }
  }

  /** Monotonic time, never wall-clock time: a clock adjustment must not end searches. */
  private record Deadline(long nanos) implements QueryTimeout {
    @Override
    public boolean shouldExit() {
      return System.nanoTime() - nanos >= 0;
    }
  }
}
