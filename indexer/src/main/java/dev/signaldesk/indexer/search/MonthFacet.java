package dev.signaldesk.indexer.search;

import dev.signaldesk.indexer.schema.ReportFields;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Counts matching reports per publication month (China time) from the {@code published_at} doc
 * values. Counting goes through days first (a few thousand at most), so the time-zone arithmetic
 * runs once per day, not once per document. Reports without a date are not counted.
 */
final class MonthFacet {
  private static final long DAY_MILLIS = 86_400_000L;
  private static final long CHINA_OFFSET_MILLIS = 8 * 3_600_000L; // no DST since 1991

  private MonthFacet() {}

  /** {@code yyyy-MM} → count, oldest month first. */
  static Map<String, Long> count(FacetsCollector hits) throws IOException {
    Map<Long, Long> perDay = new HashMap<>();
    for (FacetsCollector.MatchingDocs m : hits.getMatchingDocs()) {
      SortedNumericDocValues published =
          DocValues.getSortedNumeric(m.context.reader(), ReportFields.PUBLISHED_AT);
      DocIdSetIterator docs = m.bits.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (published.advanceExact(doc)) {
          long day = Math.floorDiv(published.nextValue() + CHINA_OFFSET_MILLIS, DAY_MILLIS);
          perDay.merge(day, 1L, Long::sum);
        }
      }
    }
    Map<YearMonth, Long> perMonth = new TreeMap<>();
    perDay.forEach(
        (day, n) -> perMonth.merge(YearMonth.from(LocalDate.ofEpochDay(day)), n, Long::sum));
    Map<String, Long> out = new LinkedHashMap<>();
    perMonth.forEach((month, n) -> out.put(month.toString(), n));
    return out;
  }
}
