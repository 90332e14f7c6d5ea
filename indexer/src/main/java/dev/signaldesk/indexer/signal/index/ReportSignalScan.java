package dev.signaldesk.indexer.signal.index;

import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.indexer.schema.ReportFields;
import dev.signaldesk.indexer.search.ReaderBoundCache;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.NumericUtils;

/**
 * Reads the per-report signal doc values (side, sell talk, sentiment, story) of the reports
 * published in a date range and sums them per period, each story counted once per period (its first
 * report in index order). Shared by {@link SelloffService} and {@link SentimentService}.
 *
 * <p>Linear in the reports and without a per-report allocation: rows go into primitive columns, are
 * grouped by {@link PeriodGroups}, and the period key is written once per period. Results are kept
 * per index reader, since they change only on commit.
 */
final class ReportSignalScan {

  /**
   * One period's sums over its reports (one per story).
   *
   * @param reports reports counted
   * @param sell reports on the sell side
   * @param buy reports on the buy side
   * @param sellTalk reports with sell talk
   * @param sentimentSum sum of sentiments, added in index order
   * @param up reports with positive sentiment
   * @param down reports with negative sentiment
   */
  record Sums(
      int reports, int sell, int buy, int sellTalk, double sentimentSum, int up, int down) {}

  private record Key(Interval interval, LocalDate from, LocalDate to) {}

  /** From this instant on, China time is UTC+8 without daylight saving. */
  private static final long FIXED_OFFSET_SINCE =
      LocalDate.of(1992, 1, 1)
          .atStartOfDay(SignalFieldContributor.MARKET_ZONE)
          .toInstant()
          .toEpochMilli();

  private static final long DAY_MILLIS = 86_400_000L;
  private static final long OFFSET_MILLIS = 8 * 3_600_000L;

  private final ReportIndex index;
  private final ReaderBoundCache<Key, Map<String, Sums>> cache = new ReaderBoundCache<>(256);

  ReportSignalScan(ReportIndex index) {
    this.index = index;
  }

  /** Period key → sums, periods in key order. */
  Map<String, Sums> scan(Interval interval, LocalDate from, LocalDate to) {
    Key key = new Key(interval, from, to);
    return index.withSearcher(
        searcher -> cache.get(searcher.getIndexReader(), key, () -> compute(searcher, key)));
  }

  private static Map<String, Sums> compute(IndexSearcher searcher, Key key) throws IOException {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    q.add(ReportIndex.reportsOnly(), BooleanClause.Occur.FILTER);
    q.add(
        LongField.newRangeQuery(
            ReportFields.PUBLISHED_AT,
            key.from() == null ? Long.MIN_VALUE : millis(key.from()),
            key.to() == null ? Long.MAX_VALUE : millis(key.to().plusDays(1)) - 1),
        BooleanClause.Occur.FILTER);
    Rows rows = new Rows();
    searcher.search(q.build(), rows);
    PeriodGroups periods = PeriodGroups.of(rows.day, rows.size, key.interval());
    Map<String, Sums> out = new TreeMap<>();
    LongHashSet seen = new LongHashSet(64);
    for (int p = 0; p < periods.count(); p++) {
      seen.clear();
      int reports = 0;
      int sell = 0;
      int buy = 0;
      int talk = 0;
      int up = 0;
      int down = 0;
      double sum = 0;
      for (int k = 0; k < periods.size(p); k++) {
        int i = periods.row(p, k);
        if (!seen.add(rows.story[i])) {
          continue;
        }
        reports++;
        sell += rows.side[i] == 1 ? 1 : 0;
        buy += rows.side[i] == 2 ? 1 : 0;
        talk += rows.talk[i] ? 1 : 0;
        double s = rows.sentiment[i];
        sum += s;
        up += s > 0 ? 1 : 0;
        down += s < 0 ? 1 : 0;
      }
      String period = key.interval().key(LocalDate.ofEpochDay(periods.starts()[p]));
      out.put(period, new Sums(reports, sell, buy, talk, sum, up, down));
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /** The report's publication day in China. */
  private static long marketDay(long publishedMillis) {
    if (publishedMillis >= FIXED_OFFSET_SINCE) {
      return Math.floorDiv(publishedMillis + OFFSET_MILLIS, DAY_MILLIS);
    }
    return LocalDate.ofInstant(
            Instant.ofEpochMilli(publishedMillis), SignalFieldContributor.MARKET_ZONE)
        .toEpochDay();
  }

  /** Collects the rows into columns, in index order. */
  private static final class Rows extends SimpleCollector {
    int size;
    long[] day = new long[256];
    int[] side = new int[256];
    boolean[] talk = new boolean[256];
    double[] sentiment = new double[256];
    long[] story = new long[256];

    private SortedNumericDocValues published;
    private SortedNumericDocValues sentimentValues;
    private NumericDocValues sideValues;
    private NumericDocValues sellTalk;
    private NumericDocValues storyValues;

    @Override
    protected void doSetNextReader(LeafReaderContext ctx) throws IOException {
      var r = ctx.reader();
      published = DocValues.getSortedNumeric(r, ReportFields.PUBLISHED_AT);
      sentimentValues = DocValues.getSortedNumeric(r, SignalFields.SENTIMENT);
      sideValues = DocValues.getNumeric(r, SignalFields.SIG_SIDE);
      sellTalk = DocValues.getNumeric(r, SignalFields.SIG_SELL_TALK);
      storyValues = DocValues.getNumeric(r, SignalFields.SIG_STORY_HASH);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (!published.advanceExact(doc) || !sideValues.advanceExact(doc)) {
        return; // reports indexed without the signal contributor
      }
      if (size == day.length) {
        int n = size * 2;
        day = Arrays.copyOf(day, n);
        side = Arrays.copyOf(side, n);
        talk = Arrays.copyOf(talk, n);
        sentiment = Arrays.copyOf(sentiment, n);
        story = Arrays.copyOf(story, n);
      }
      day[size] = marketDay(published.nextValue());
      side[size] = (int) sideValues.longValue();
      // Without a story hash the report is its own story (keyed by its doc id in the segment).
      story[size] = storyValues.advanceExact(doc) ? storyValues.longValue() : doc;
      sentiment[size] =
          sentimentValues.advanceExact(doc)
              ? NumericUtils.sortableLongToDouble(sentimentValues.nextValue())
              : 0;
      talk[size] = sellTalk.advanceExact(doc) && sellTalk.longValue() == 1;
      size++;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  private static long millis(LocalDate d) {
    return d.atStartOfDay(SignalFieldContributor.MARKET_ZONE).toInstant().toEpochMilli();
  }
}
