package dev.signaldesk.indexer.signal.index;

import java.util.Arrays;

/**
 * A set of {@code long}s without boxing: open addressing with linear probing, for the per-period
 * distinct counts (stories, sources, repost keys) of a price series, which run once per mention.
 */
final class LongHashSet {
  private static final long EMPTY = 0L; // 0 itself is tracked apart

  private long[] slots;
  private int size;
  private boolean hasZero;

  /** A set sized for about {@code expected} values without growing. */
  LongHashSet(int expected) {
    slots = new long[tableSize(expected)];
  }

  /** Adds {@code v}; true if it was not there yet. */
  boolean add(long v) {
    if (v == EMPTY) {
      boolean added = !hasZero;
      hasZero = true;
      return added;
    }
    int mask = slots.length - 1;
    for (int i = mix(v) & mask; ; i = (i + 1) & mask) {
      long s = slots[i];
      if (s == EMPTY) {
        slots[i] = v;
        if (++size * 2 > slots.length) {
          grow();
        }
        return true;
      }
      if (s == v) {
        return false;
      }
    }
  }

  /** Number of distinct values added. */
  int size() {
    return size + (hasZero ? 1 : 0);
  }

  /** Empties the set, keeping its table. */
  void clear() {
    Arrays.fill(slots, EMPTY);
    size = 0;
    hasZero = false;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length - 1;
    for (long v : old) {
      if (v != EMPTY) {
        int i = mix(v) & mask;
        while (slots[i] != EMPTY) {
          i = (i + 1) & mask;
        }
        slots[i] = v;
      }
    }
  }

  private static int tableSize(int expected) {
    int n = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
    return Math.max(8, n);
  }

  private static int mix(long v) {
    long h = v * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
