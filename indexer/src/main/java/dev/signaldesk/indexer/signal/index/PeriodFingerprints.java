package dev.signaldesk.indexer.signal.index;

import java.util.Arrays;
import java.util.List;

/**
 * For each period of a series, how many mentions it has and an order-free fingerprint of them (a
 * sum of a hash of each mention's story, value and source: what a period's statistics depend on).
 * Counting reads each mention once, in place in its segment's columns, with the day mapped to its
 * period through a table: a few nanoseconds a mention, against a few hundred for the statistics. A
 * series asked again after a commit compares fingerprints with the previous answer and computes
 * only the periods that changed ({@link #rowsOf}); a commit of new reports usually touches the
 * latest periods only.
 */
final class PeriodFingerprints {

  /** Widest day range mapped through a table (179 years); a wider series is computed whole. */
  private static final int MAX_DAYS = 1 << 16;

  private final List<MentionColumns> segments;
  private final int[] docBases;
  private final long fromDay;
  private final long toDay;
  private final long minDay;
  private final int[] periodOfDay; // index (day - minDay) -> period number, or -1
  private final long[] starts;
  private final long[] counts;
  private final long[] fingerprints;

  private PeriodFingerprints(
      List<MentionColumns> segments,
      int[] docBases,
      long fromDay,
      long toDay,
      long minDay,
      int[] periodOfDay,
      long[] starts) {
    this.segments = segments;
    this.docBases = docBases;
    this.fromDay = fromDay;
    this.toDay = toDay;
    this.minDay = minDay;
    this.periodOfDay = periodOfDay;
    this.starts = starts;
    this.counts = new long[starts.length];
    this.fingerprints = new long[starts.length];
  }

  /**
   * Fingerprints of the segments' mentions within {@code [fromDay, toDay]}, or null when their days
   * span too wide a range for a table (the caller then computes the series whole).
   *
   * @param segments each segment's mentions, in index order
   * @param docBases each segment's first global doc id
   */
  static PeriodFingerprints of(
      List<MentionColumns> segments, int[] docBases, Interval interval, long fromDay, long toDay) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (MentionColumns c : segments) {
      if (c.size() > 0) {
        min = Math.min(min, Math.max(c.minDay(), fromDay));
        max = Math.max(max, Math.min(c.maxDay(), toDay));
      }
    }
    if (min > max) {
      return new PeriodFingerprints(segments, docBases, fromDay, toDay, 0, new int[0], new long[0]);
    }
    if (max - min >= MAX_DAYS) {
      return null;
    }
    int span = (int) (max - min + 1);
    int[] periodOfDay = new int[span];
    long[] starts = new long[span];
    int periods = 0;
    for (int d = 0; d < span; d++) {
      long start = interval.periodStart(min + d);
      if (periods == 0 || starts[periods - 1] != start) {
        starts[periods++] = start;
      }
      periodOfDay[d] = periods - 1;
    }
    PeriodFingerprints f =
        new PeriodFingerprints(
            segments, docBases, fromDay, toDay, min, periodOfDay, Arrays.copyOf(starts, periods));
    f.count();
    return f;
  }

  private void count() {
    for (MentionColumns c : segments) {
      for (int i = 0; i < c.size(); i++) {
        long d = c.day(i);
        if (d >= fromDay && d <= toDay) {
          int p = periodOfDay[(int) (d - minDay)];
          counts[p]++;
          fingerprints[p] += hash(c.story(i), c.value(i), c.source(i));
        }
      }
    }
  }

  /** Number of periods of the day range, empty ones included. */
  int periods() {
    return starts.length;
  }

  long start(int p) {
    return starts[p];
  }

  long count(int p) {
    return counts[p];
  }

  long fingerprint(int p) {
    return fingerprints[p];
  }

  /** The mentions of the periods marked in {@code wanted}, in index order, with global doc ids. */
  MentionColumns rowsOf(boolean[] wanted) {
    int n = 0;
    for (int p = 0; p < wanted.length; p++) {
      if (wanted[p]) {
        n += (int) counts[p];
      }
    }
    MentionColumns out = new MentionColumns(n);
    for (int s = 0; s < segments.size(); s++) {
      MentionColumns c = segments.get(s);
      for (int i = 0; i < c.size(); i++) {
        long d = c.day(i);
        if (d >= fromDay && d <= toDay && wanted[periodOfDay[(int) (d - minDay)]]) {
          out.add(docBases[s] + c.doc(i), d, c.value(i), c.story(i), c.source(i));
        }
      }
    }
    return out;
  }

  /** A well-mixed hash of one mention (SplitMix64 finaliser), so sums of different sets differ. */
  private static long hash(long story, double value, long source) {
    long h =
        story * 0x9E3779B97F4A7C15L
            ^ Double.doubleToLongBits(value) * 0xC2B2AE3D27D4EB4FL
            ^ source * 0x165667B19E3779F9L;
    h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
    h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
    return h ^ (h >>> 31);
  }
}
