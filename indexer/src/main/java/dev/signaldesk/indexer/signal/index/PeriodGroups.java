package dev.signaldesk.indexer.signal.index;

import java.util.Arrays;

/**
 * Rows (mentions or reports) grouped by the period of their day. A day is turned into its period
 * once per distinct day (a few thousand at most, not once per row), and the rows are bucketed with
 * a stable counting sort, so a period lists its rows in index order, as the "first in index order
 * counts" rules (reposts, one report per story) expect. Linear in the rows.
 *
 * @param starts first epoch day of each period, ascending
 * @param offsets rows of period {@code p} are {@code order[offsets[p] .. offsets[p + 1])}
 * @param order row indexes, by period, in index order within a period
 */
record PeriodGroups(long[] starts, int[] offsets, int[] order) {

  /** Widest day range grouped through a direct day table (179 years); wider ones sort. */
  private static final int DIRECT_DAYS = 1 << 16;

  int count() {
    return starts.length;
  }

  /** Number of rows in period {@code p}. */
  int size(int p) {
    return offsets[p + 1] - offsets[p];
  }

  /** The {@code k}-th row of period {@code p}. */
  int row(int p, int k) {
    return order[offsets[p] + k];
  }

  /** The period starting at {@code start}, or -1. */
  int find(long start) {
    int p = Arrays.binarySearch(starts, start);
    return p < 0 ? -1 : p;
  }

  /** Groups rows {@code 0 .. size} by the period of {@code day[row]} (an epoch day). */
  static PeriodGroups of(long[] day, int size, Interval interval) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int i = 0; i < size; i++) {
      min = Math.min(min, day[i]);
      max = Math.max(max, day[i]);
    }
    boolean direct = size > 0 && max - min < DIRECT_DAYS;
    long[] days =
        direct ? presentDays(day, size, min, (int) (max - min + 1)) : sortedDistinctDays(day, size);
    // Each distinct day is mapped to its period once; days ascend, so period starts do too.
    int distinct = days.length;
    long[] starts = new long[distinct];
    int[] periodOfDay = new int[distinct];
    int periods = 0;
    for (int d = 0; d < distinct; d++) {
      long start = interval.periodStart(days[d]);
      if (periods == 0 || starts[periods - 1] != start) {
        starts[periods++] = start;
      }
      periodOfDay[d] = periods - 1;
    }
    int[] dayTable = direct ? new int[(int) (max - min + 1)] : null;
    if (direct) {
      for (int d = 0; d < distinct; d++) {
        dayTable[(int) (days[d] - min)] = periodOfDay[d];
      }
    }
    int[] periodOf = new int[size];
    int[] offsets = new int[periods + 1];
    for (int i = 0; i < size; i++) {
      int p =
          direct ? dayTable[(int) (day[i] - min)] : periodOfDay[Arrays.binarySearch(days, day[i])];
      periodOf[i] = p;
      offsets[p + 1]++;
    }
    for (int k = 0; k < periods; k++) {
      offsets[k + 1] += offsets[k];
    }
    int[] next = Arrays.copyOf(offsets, periods);
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      order[next[periodOf[i]]++] = i;
    }
    return new PeriodGroups(Arrays.copyOf(starts, periods), offsets, order);
  }

  private static long[] presentDays(long[] day, int size, long min, int span) {
    boolean[] present = new boolean[span];
    int distinct = 0;
    for (int i = 0; i < size; i++) {
      int d = (int) (day[i] - min);
      if (!present[d]) {
        present[d] = true;
        distinct++;
      }
    }
    long[] days = new long[distinct];
    int k = 0;
    for (int d = 0; d < span; d++) {
      if (present[d]) {
        days[k++] = min + d;
      }
    }
    return days;
  }

  private static long[] sortedDistinctDays(long[] day, int size) {
    long[] sorted = Arrays.copyOf(day, size);
    Arrays.sort(sorted);
    int distinct = 0;
    for (int i = 0; i < size; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[distinct++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, distinct);
  }
}
