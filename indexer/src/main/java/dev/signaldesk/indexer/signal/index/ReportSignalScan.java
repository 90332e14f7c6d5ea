package dev.signaldesk.indexer.signal.index;

import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.indexer.schema.ReportFields;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.NumericUtils;

/**
 * Reads the per-report signal doc values (side, sell talk, sentiment, story) of the reports
 * published in a date range, grouped by period, each story counted once per period (its first
 * report in index order). Shared by {@link SelloffService} and {@link SentimentService}.
 */
final class ReportSignalScan {
  record Row(int side, boolean sellTalk, double sentiment) {}

  private ReportSignalScan() {}

  static Map<String, List<Row>> scan(
      ReportIndex index, Interval interval, LocalDate from, LocalDate to) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    q.add(ReportIndex.reportsOnly(), BooleanClause.Occur.FILTER);
    q.add(
        LongField.newRangeQuery(
            ReportFields.PUBLISHED_AT,
            from == null ? Long.MIN_VALUE : millis(from),
            to == null ? Long.MAX_VALUE : millis(to.plusDays(1)) - 1),
        BooleanClause.Occur.FILTER);
    var query = q.build();
    return index.withSearcher(
        searcher -> {
          Map<String, List<Row>> out = new TreeMap<>();
          Map<String, Set<Long>> seen = new TreeMap<>();
          searcher.search(
              query,
              new SimpleCollector() {
                private SortedNumericDocValues published;
                private SortedNumericDocValues sentiment;
                private NumericDocValues side;
                private NumericDocValues sellTalk;
                private NumericDocValues story;

                @Override
                protected void doSetNextReader(LeafReaderContext ctx) throws IOException {
                  var r = ctx.reader();
                  published = DocValues.getSortedNumeric(r, ReportFields.PUBLISHED_AT);
                  sentiment = DocValues.getSortedNumeric(r, SignalFields.SENTIMENT);
                  side = DocValues.getNumeric(r, SignalFields.SIG_SIDE);
                  sellTalk = DocValues.getNumeric(r, SignalFields.SIG_SELL_TALK);
                  story = DocValues.getNumeric(r, SignalFields.SIG_STORY_HASH);
                }

                @Override
                public void collect(int doc) throws IOException {
                  if (!published.advanceExact(doc) || !side.advanceExact(doc)) {
                    return; // reports indexed without the signal contributor
                  }
                  LocalDate day =
                      LocalDate.ofInstant(
                          Instant.ofEpochMilli(published.nextValue()),
                          SignalFieldContributor.MARKET_ZONE);
                  String period = interval.key(day);
                  long st = story.advanceExact(doc) ? story.longValue() : doc;
                  if (!seen.computeIfAbsent(period, k -> new HashSet<>()).add(st)) {
                    return;
                  }
                  double s =
                      sentiment.advanceExact(doc)
                          ? NumericUtils.sortableLongToDouble(sentiment.nextValue())
                          : 0;
                  boolean talk = sellTalk.advanceExact(doc) && sellTalk.longValue() == 1;
                  out.computeIfAbsent(period, k -> new ArrayList<>())
                      .add(new Row((int) side.longValue(), talk, s));
                }

                @Override
                public ScoreMode scoreMode() {
                  return ScoreMode.COMPLETE_NO_SCORES;
                }
              });
          return out;
        });
  }

  private static long millis(LocalDate d) {
    return d.atStartOfDay(SignalFieldContributor.MARKET_ZONE).toInstant().toEpochMilli();
  }
}
