package dev.signaldesk.indexer.search;

import dev.signaldesk.indexer.schema.ReportFields;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Counts matching reports per publication month (China time) from the {@code published_at} doc
 * values. Counting goes through days first (a few thousand at most), so the time-zone arithmetic
 * runs once per day, not once per document; within a segment the days are counted in an array
 * spanning the segment's date range (read from its points), so a result of hundreds of thousands of
 * reports costs one doc-values read and one increment each. Reports without a date are not counted.
 */
final class MonthFacet {
  private static final long DAY_MILLIS = 86_400_000L;
  private static final long CHINA_OFFSET_MILLIS = 8 * 3_600_000L; // no DST since 1991

  /** Widest date range (in days, ~270 years) counted in an array; wider segments use a map. */
  private static final long MAX_DENSE_DAYS = 100_000;

  private MonthFacet() {}

  /**
   * {@code yyyy-MM} → count, oldest month first.
   *
   * @param scale each counted report stands for this many (1 for exact counts, the inverse of the
   *     sampling rate for a sample); scaled counts are rounded
   */
  static Map<String, Long> count(List<MatchingDocs> matching, double scale) throws IOException {
    Map<Long, Long> perDay = new HashMap<>();
    for (MatchingDocs m : matching) {
      countLeaf(m, perDay);
    }
    Map<YearMonth, Long> perMonth = new TreeMap<>();
    perDay.forEach(
        (day, n) -> perMonth.merge(YearMonth.from(LocalDate.ofEpochDay(day)), n, Long::sum));
    Map<String, Long> out = new LinkedHashMap<>();
    perMonth.forEach((month, n) -> out.put(month.toString(), Math.round(n * scale)));
    return out;
  }

  private static void countLeaf(MatchingDocs m, Map<Long, Long> perDay) throws IOException {
    LeafReader reader = m.context.reader();
    SortedNumericDocValues published =
        DocValues.getSortedNumeric(reader, ReportFields.PUBLISHED_AT);
    DocIdSetIterator docs = m.bits.iterator();
    PointValues points = reader.getPointValues(ReportFields.PUBLISHED_AT);
    long minDay =
        points == null ? 0 : day(LongPoint.decodeDimension(points.getMinPackedValue(), 0));
    long maxDay =
        points == null ? 0 : day(LongPoint.decodeDimension(points.getMaxPackedValue(), 0));
    if (points == null || maxDay - minDay >= MAX_DENSE_DAYS) {
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (published.advanceExact(doc)) {
          perDay.merge(day(published.nextValue()), 1L, Long::sum);
        }
      }
      return;
    }
    long[] counts = new long[(int) (maxDay - minDay + 1)];
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      if (published.advanceExact(doc)) {
        counts[(int) (day(published.nextValue()) - minDay)]++;
      }
    }
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0) {
        perDay.merge(minDay + i, counts[i], Long::sum);
      }
    }
  }

  private static long day(long epochMillis) {
    return Math.floorDiv(epochMillis + CHINA_OFFSET_MILLIS, DAY_MILLIS);
  }
}
