package dev.signaldesk.indexer.signal.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;

/**
 * The price mentions each index segment holds for a selection, kept per segment so that a series
 * asked after a commit scans only the segments the commit added. A segment is immutable, and its
 * reader's cache key changes when deletions (upserts) change it, so an entry never goes stale; it
 * is dropped when Lucene closes that segment reader (merged away or superseded). Bounded by the
 * number of mentions held: past the bound the cache is emptied and fills again from the next calls.
 * Thread-safe.
 */
public final class SegmentMentionCache {

  /** About 72 MB of columns (36 bytes a mention). */
  public static final long DEFAULT_MAX_MENTIONS = 2_000_000;

  /** Scans one segment. */
  @FunctionalInterface
  interface Scan {
    MentionColumns scan(LeafReaderContext leaf) throws IOException;
  }

  private final long maxMentions;
  private final Map<Object, Map<Object, MentionColumns>> bySegment = new ConcurrentHashMap<>();
  private final AtomicLong held = new AtomicLong();
  private final AtomicLong scans = new AtomicLong();

  public SegmentMentionCache() {
    this(DEFAULT_MAX_MENTIONS);
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
    Map<Object, MentionColumns> segment = helper == null ? null : bySegment.get(helper.getKey());
    MentionColumns columns = segment == null ? null : segment.get(selection);
    if (columns != null) {
      return columns;
    }
    scans.incrementAndGet();
    try {
      columns = scan.scan(leaf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (helper != null && maxMentions > 0 && columns.size() <= maxMentions) {
      if (held.addAndGet(columns.size()) > maxMentions) {
        bySegment.clear(); // the closed listeners of the dropped segments then find nothing
        held.set(columns.size());
      }
      segment = bySegment.computeIfAbsent(helper.getKey(), k -> register(helper));
      if (segment.putIfAbsent(selection, columns) != null) {
        held.addAndGet(-columns.size());
      }
    }
    return columns;
  }

  private Map<Object, MentionColumns> register(IndexReader.CacheHelper helper) {
    helper.addClosedListener(dropOnClose(new WeakReference<>(this)));
    return new ConcurrentHashMap<>();
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
        Map<Object, MentionColumns> gone = cache.bySegment.remove(key);
        if (gone != null) {
          gone.values().forEach(c -> cache.held.addAndGet(-c.size()));
        }
      }
    };
  }
}
