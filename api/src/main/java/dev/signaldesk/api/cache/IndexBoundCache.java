package dev.signaldesk.api.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.signaldesk.indexer.index.ReportIndex;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.lucene.search.ReferenceManager;

/**
 * A Caffeine cache of results computed from the index (search pages, signal series), keyed by the
 * normalised request, that never serves a result older than the index.
 *
 * <p>Every refresh of the index's searcher (timed, explicit, or the one each commit does) starts a
 * new <em>generation</em>, and keys carry the generation current when the computation began. A
 * result computed while a refresh happened is therefore stored under the old generation and never
 * read again, which an {@code invalidateAll()} alone would not guarantee. Old entries are dropped
 * at each refresh to free memory. Hits, misses and evictions are published as {@code cache_*}
 * meters tagged {@code cache=<name>}.
 *
 * @param <K> the request type (a record, so that equal requests are equal keys)
 * @param <V> the result type
 */
public final class IndexBoundCache<K, V> {
  private final String name;
  private final Cache<Key<K>, V> cache;
  private final AtomicLong generation = new AtomicLong();
  private final boolean enabled;

  private record Key<K>(long generation, K request) {}

  /**
   * @param maxEntries entries kept at most; 0 computes every request afresh
   */
  public IndexBoundCache(String name, int maxEntries, ReportIndex index, MeterRegistry meters) {
    this.name = Objects.requireNonNull(name, "The 'name' parameter must not be null.");
    this.enabled = maxEntries > 0;
    this.cache = Caffeine.newBuilder().maximumSize(Math.max(0, maxEntries)).recordStats().build();
    CaffeineCacheMetrics.monitor(meters, cache, name);
    index
        .searcherManager()
        .addListener(
            new ReferenceManager.RefreshListener() {
              @Override
              public void beforeRefresh() {}

              @Override
              public void afterRefresh(boolean didRefresh) {
                if (didRefresh) {
                  generation.incrementAndGet();
                  cache.invalidateAll();
                }
              }
            });
  }

  /**
   * The cached result for {@code request}, or {@code compute}'s, which is then cached. Exceptions
   * of {@code compute} reach the caller and nothing is cached.
   */
  public V get(K request, Supplier<V> compute) {
    if (!enabled) {
      return compute.get();
    }
    return cache.get(new Key<>(generation.get(), request), k -> compute.get());
  }

  public String name() {
    return name;
  }

  /** Hits since start. */
  public long hits() {
    return cache.stats().hitCount();
  }

  /** Misses (computations) since start. */
  public long misses() {
    return cache.stats().missCount();
  }
}
