package dev.signaldesk.indexer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;

/**
 * Values computed from one index reader, dropped as soon as a newer reader is seen. A reader is a
 * point-in-time view: anything computed from it (facet counts of a filter, a price series, a
 * highlighter bound to the searcher) stays right until the index commits and the searcher is
 * refreshed, so no time-based expiry is needed. Bounded: when {@code maxEntries} is reached the
 * entries are dropped and computing starts afresh (searches with new keys are the rare case).
 * Thread-safe; two threads missing the same key at once may both compute it.
 *
 * @param <K> key (with value equality)
 * @param <V> value, immutable
 */
public final class ReaderBoundCache<K, V> {

  /** Computes a value from the reader; may read the index. */
  @FunctionalInterface
  public interface Loader<V> {
    V load() throws IOException;
  }

  private record Generation<K, V>(Object reader, ConcurrentHashMap<K, V> values) {}

  private final int maxEntries;
  private volatile Generation<K, V> current =
      new Generation<>(new Object(), new ConcurrentHashMap<>());

  /**
   * @param maxEntries most values kept for one reader (at least 1)
   */
  public ReaderBoundCache(int maxEntries) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("The 'maxEntries' parameter must be at least 1");
    }
    this.maxEntries = maxEntries;
  }

  /**
   * The value of {@code key} for {@code reader}, computed by {@code loader} when missing.
   *
   * @throws UncheckedIOException if the loader fails to read the index (nothing is cached)
   */
  public V get(IndexReader reader, K key, Loader<V> loader) {
    Generation<K, V> gen = current;
    if (gen.reader() != reader) {
      gen = new Generation<>(reader, new ConcurrentHashMap<>());
      current = gen;
    }
    V value = gen.values().get(key);
    if (value != null) {
      return value;
    }
    try {
      value = loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (gen.values().size() >= maxEntries) {
      gen.values().clear();
    }
    gen.values().put(key, value);
    return value;
  }
}
