package dev.signaldesk.indexer.signal.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;

/**
 * The price mentions each index segment holds for a selection, kept per segment so that a series
 * asked after a commit scans only the segments the commit added. A segment is immutable, and its
 * reader's cache key changes when deletions (upserts) change it, so an entry never goes stale; it
 * is dropped when Lucene closes that segment reader (merged away or superseded).
 *
 * <p>Bounded by the number of mentions held (36 bytes each): past the bound, whole selections are
 * dropped, least recently used first, so that two series asked in turn do not push each other out
 * when both fit. Thread-safe; the bound may be passed briefly while threads add at once.
 */
public final class SegmentMentionCache {

  /** Bytes one cached mention takes: doc id, day, value, story and source hashes. */
  private static final int BYTES_PER_MENTION = 36;

  /** Scans one segment. */
  @FunctionalInterface
  interface Scan {
    MentionColumns scan(LeafReaderContext leaf) throws IOException;
  }

  /** One selection's columns by segment key, with when it was last used. */
  private static final class Selection {
    final Map<Object, MentionColumns> bySegment = new ConcurrentHashMap<>();
    final AtomicLong size = new AtomicLong();
    volatile long lastUsed;
  }

  private final long maxMentions;
  private final Map<Object, Selection> selections = new ConcurrentHashMap<>();
  private final Set<Object> watchedSegments = ConcurrentHashMap.newKeySet();
  private final AtomicLong held = new AtomicLong();
  private final AtomicLong scans = new AtomicLong();
  private final AtomicLong clock = new AtomicLong();

  /** A cache that may use about a tenth of the JVM's maximum heap. */
  public SegmentMentionCache() {
    this(Runtime.getRuntime().maxMemory() / 10 / BYTES_PER_MENTION);
  }

  /**
   * @param maxMentions most mentions held over all segments and selections (0 keeps none)
   */
  public SegmentMentionCache(long maxMentions) {
    if (maxMentions < 0) {
      throw new IllegalArgumentException("The 'maxMentions' parameter must not be negative");
    }
    this.maxMentions = maxMentions;
  }

  /** Segment scans done so far (cache misses). */
  public long scans() {
    return scans.get();
  }

  /** Mentions held now, over all segments and selections. */
  public long size() {
    return held.get();
  }

  /**
   * The mentions of {@code leaf} for {@code selection} (a value-equal key), scanned when missing.
   *
   * @throws UncheckedIOException if the scan fails (nothing is cached)
   */
  MentionColumns get(LeafReaderContext leaf, Object selection, Scan scan) {
    IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
    Selection entry = selections.get(selection);
    if (entry != null) {
      entry.lastUsed = clock.incrementAndGet();
      MentionColumns columns = helper == null ? null : entry.bySegment.get(helper.getKey());
      if (columns != null) {
        return columns;
      }
    }
    scans.incrementAndGet();
    MentionColumns columns;
    try {
      columns = scan.scan(leaf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (helper != null && columns.size() <= maxMentions) {
      keep(helper, selection, columns);
    }
    return columns;
  }

  private void keep(IndexReader.CacheHelper helper, Object selection, MentionColumns columns) {
    Object segment = helper.getKey();
    if (watchedSegments.add(segment)) {
      helper.addClosedListener(dropOnClose(new WeakReference<>(this)));
    }
    Selection entry = selections.computeIfAbsent(selection, k -> new Selection());
    entry.lastUsed = clock.incrementAndGet();
    if (entry.bySegment.putIfAbsent(segment, columns) == null) {
      entry.size.addAndGet(columns.size());
      held.addAndGet(columns.size());
      if (selections.get(selection) != entry) {
        // Evicted by another thread meanwhile: what was just added is not held.
        held.addAndGet(-columns.size());
      }
    }
    if (held.get() > maxMentions) {
      evictFor(selection);
    }
  }

  /** Drops the least recently used selections other than {@code current}, then, if need be, it. */
  private synchronized void evictFor(Object current) {
    List<Map.Entry<Object, Selection>> byAge =
        selections.entrySet().stream()
            .sorted(Comparator.comparingLong(e -> e.getValue().lastUsed))
            .toList();
    for (Map.Entry<Object, Selection> e : byAge) {
      if (held.get() <= maxMentions) {
        return;
      }
      if (!e.getKey().equals(current)) {
        drop(e.getKey());
      }
    }
    if (held.get() > maxMentions) {
      drop(current); // it alone is larger than the bound: rescanned on every call
    }
  }

  private void drop(Object selection) {
    Selection gone = selections.remove(selection);
    if (gone != null) {
      held.addAndGet(-gone.size.get());
    }
  }

  /** Forgets a closed segment's columns in every selection. */
  private void dropSegment(Object segment) {
    watchedSegments.remove(segment);
    for (Selection s : selections.values()) {
      MentionColumns gone = s.bySegment.remove(segment);
      if (gone != null) {
        s.size.addAndGet(-gone.size());
        held.addAndGet(-gone.size());
      }
    }
  }

  /**
   * Lucene calls the listener when the segment reader closes: its mentions go with it. The listener
   * holds the cache weakly, because a segment reader may outlive the cache (a service made for one
   * request must not be kept alive, with its columns, by every segment it read).
   */
  private static IndexReader.ClosedListener dropOnClose(WeakReference<SegmentMentionCache> ref) {
    return key -> {
      SegmentMentionCache cache = ref.get();
      if (cache != null) {
        cache.dropSegment(key);
      }
    };
  }
}
