package dev.signaldesk.indexer.signal.index;

import java.util.Arrays;

/**
 * The price mentions of one selection, read from doc values into primitive columns in index order,
 * then grouped by period. A series over a million mentions must not allocate per mention: no boxed
 * observation, no period key string. A day is turned into its period once per distinct day (a few
 * thousand at most), and the mentions are bucketed with a stable counting sort, so a period lists
 * its mentions in index order, as the repost rule (the first mention of a story's value counts)
 * expects.
 */
final class MentionColumns {
  private int size;
  private int[] doc;
  private long[] day;
  private double[] value;
  private long[] story;
  private long[] source;
  private long minDay = Long.MAX_VALUE;
  private long maxDay = Long.MIN_VALUE;

  MentionColumns() {
    this(256);
  }

  /** Columns with room for {@code capacity} mentions before they grow. */
  MentionColumns(int capacity) {
    int n = Math.max(1, capacity);
    doc = new int[n];
    day = new long[n];
    value = new double[n];
    story = new long[n];
    source = new long[n];
  }

  void add(int docId, long refDay, double v, long storyHash, long sourceHash) {
    if (size == doc.length) {
      int n = size * 2;
      doc = Arrays.copyOf(doc, n);
      day = Arrays.copyOf(day, n);
      value = Arrays.copyOf(value, n);
      story = Arrays.copyOf(story, n);
      source = Arrays.copyOf(source, n);
    }
    doc[size] = docId;
    day[size] = refDay;
    minDay = Math.min(minDay, refDay);
    maxDay = Math.max(maxDay, refDay);
    value[size] = v;
    story[size] = storyHash;
    source[size] = sourceHash;
    size++;
  }

  int size() {
    return size;
  }

  /** Earliest day of these mentions (Long.MAX_VALUE when there are none). */
  long minDay() {
    return minDay;
  }

  /** Latest day of these mentions (Long.MIN_VALUE when there are none). */
  long maxDay() {
    return maxDay;
  }

  /** These columns without the spare capacity (for columns that are kept). */
  MentionColumns trimmed() {
    MentionColumns t = new MentionColumns(0);
    t.size = size;
    t.minDay = minDay;
    t.maxDay = maxDay;
    t.doc = Arrays.copyOf(doc, size);
    t.day = Arrays.copyOf(day, size);
    t.value = Arrays.copyOf(value, size);
    t.story = Arrays.copyOf(story, size);
    t.source = Arrays.copyOf(source, size);
    return t;
  }

  /**
   * Appends a segment's mentions whose day is within {@code [fromDay, toDay]}, in their order, with
   * the segment's doc ids made global.
   */
  void appendSegment(MentionColumns segment, int docBase, long fromDay, long toDay) {
    for (int i = 0; i < segment.size; i++) {
      long d = segment.day[i];
      if (d >= fromDay && d <= toDay) {
        add(docBase + segment.doc[i], d, segment.value[i], segment.story[i], segment.source[i]);
      }
    }
  }

  int doc(int i) {
    return doc[i];
  }

  long day(int i) {
    return day[i];
  }

  double value(int i) {
    return value[i];
  }

  long story(int i) {
    return story[i];
  }

  long source(int i) {
    return source[i];
  }

  /** The mentions grouped by period. */
  PeriodGroups byPeriod(Interval interval) {
    return PeriodGroups.of(day, size, interval);
  }
}
