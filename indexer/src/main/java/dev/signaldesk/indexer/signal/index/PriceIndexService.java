package dev.signaldesk.indexer.signal.index;

import static dev.signaldesk.indexer.signal.index.SignalFields.*;

import dev.signaldesk.config.SignalsConfig;
import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.indexer.schema.ReportFields;
import dev.signaldesk.indexer.search.ReaderBoundCache;
import dev.signaldesk.indexer.signal.price.Currency;
import dev.signaldesk.indexer.signal.price.PriceKind;
import dev.signaldesk.indexer.signal.text.ModelNames;
import dev.signaldesk.model.ReportKind;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.NumericUtils;

/**
 * Price indexes from the price-mention documents: per model, kind (never mixed), optional source
 * kind, and day / week / month, the median with p25/p75, min, max and counts.
 *
 * <p>Method ({@link #METHODOLOGY_VERSION}): only mentions not excluded at extraction (implausible)
 * count; they are grouped by the date the price refers to; within a period a story's repeated value
 * (a repost) counts once; values beyond {@code signals.outlier-mads} scaled MADs from the period
 * median are dropped as outliers; a period with fewer than {@code signals.min-observations} kept
 * values is marked insufficient. Series read doc values only; {@link #receipts} loads the stored
 * mention documents of one period.
 */
public final class PriceIndexService {
  /** Series (model, kind, interval, range ...) kept per index reader. */
  private static final int MAX_CACHED_SERIES = 512;

  public static final String METHODOLOGY_VERSION =
      "signaldesk-price/1 (median, dedup by story, 3-MAD)";

  private final ReportIndex index;
  private final ModelNames models;
  private final int minObservations;
  private final double outlierMads;
  private final ReaderBoundCache<Selection, PriceSeries> seriesCache =
      new ReaderBoundCache<>(MAX_CACHED_SERIES);
  private final SegmentMentionCache segments;
  private final Map<Selection, Previous> previous = new ConcurrentHashMap<>();

  public PriceIndexService(ReportIndex index, SignalsConfig config) {
    this(index, config, new SegmentMentionCache());
  }

  /**
   * @param segments where each segment's mentions are kept between series (shared by services on
   *     the same index, or a fresh one)
   */
  public PriceIndexService(ReportIndex index, SignalsConfig config, SegmentMentionCache segments) {
    this.segments = Objects.requireNonNull(segments, "The 'segments' parameter must not be null.");
    this.index = Objects.requireNonNull(index, "The 'index' parameter must not be null.");
    this.models = new ModelNames(config.gpuModels());
    this.minObservations = config.minObservations();
    this.outlierMads = config.outlierMads();
  }

  /**
   * The series over {@code [from, to]} (reference dates, inclusive). Computed once per index reader
   * and selection: a series changes only when the index commits; after a commit only the segments
   * it added are scanned (see {@link SegmentMentionCache}).
   *
   * @param sourceKind NEWS or CHAT only, or null for both
   */
  public PriceSeries series(
      String model,
      PriceKind kind,
      Interval interval,
      LocalDate from,
      LocalDate to,
      Currency currency,
      ReportKind sourceKind) {
    Selection sel = selection(model, kind, interval, from, to, currency, sourceKind);
    return index.withSearcher(
        searcher ->
            seriesCache.get(searcher.getIndexReader(), sel, () -> computeSeries(searcher, sel)));
  }

  /**
   * Computes a series; after a commit, only its periods whose mentions changed. Each period's count
   * and fingerprint ({@link PeriodFingerprints}) are compared with the previous answer for the same
   * selection, and a period that matches keeps its point: its statistics depend on nothing else.
   */
  private PriceSeries computeSeries(IndexSearcher searcher, Selection sel) throws IOException {
    Segments segments = segmentColumns(searcher, sel);
    PeriodFingerprints f =
        PeriodFingerprints.of(
            segments.columns(), segments.docBases(), sel.interval(), fromDay(sel), toDay(sel));
    List<PricePoint> points;
    if (f == null) {
      points = points(sel, merged(segments, sel)).values().stream().toList();
    } else {
      Previous last = previous.get(sel);
      boolean[] changed = new boolean[f.periods()];
      PricePoint[] byPeriod = new PricePoint[f.periods()];
      for (int p = 0; p < f.periods(); p++) {
        if (f.count(p) == 0) {
          continue;
        }
        Previous.Period old = last == null ? null : last.byStart().get(f.start(p));
        if (old != null && old.count() == f.count(p) && old.fingerprint() == f.fingerprint(p)) {
          byPeriod[p] = old.point();
        } else {
          changed[p] = true;
        }
      }
      Map<Long, PricePoint> recomputed = points(sel, f.rowsOf(changed));
      Map<Long, Previous.Period> remembered = new HashMap<>();
      List<PricePoint> ordered = new ArrayList<>();
      for (int p = 0; p < f.periods(); p++) {
        PricePoint point = changed[p] ? recomputed.get(f.start(p)) : byPeriod[p];
        if (point != null) {
          ordered.add(point);
          remembered.put(f.start(p), new Previous.Period(f.count(p), f.fingerprint(p), point));
        }
      }
      if (previous.size() >= MAX_CACHED_SERIES) {
        previous.clear();
      }
      previous.put(sel, new Previous(remembered));
      points = ordered;
    }
    return new PriceSeries(
        sel.model(),
        sel.kind().name(),
        unit(sel.kind(), sel.currency()),
        METHODOLOGY_VERSION,
        points);
  }

  /** The points of every period the mentions fall in, by the period's first epoch day. */
  private Map<Long, PricePoint> points(Selection sel, MentionColumns mentions) {
    PeriodGroups periods = mentions.byPeriod(sel.interval());
    Map<Long, PricePoint> points = new LinkedHashMap<>();
    LongHashSet seen = new LongHashSet(64);
    for (int p = 0; p < periods.count(); p++) {
      long start = periods.starts()[p];
      String key = sel.interval().key(LocalDate.ofEpochDay(start));
      points.put(start, point(key, mentions, periods, p, seen));
    }
    return points;
  }

  /** The previous answer for a selection, period by period, with what each was computed from. */
  private record Previous(Map<Long, Period> byStart) {
    record Period(long count, long fingerprint, PricePoint point) {}
  }

  /** The observations behind one period of {@link #series}, with their duplicate/outlier marks. */
  public List<Receipt> receipts(
      String model,
      PriceKind kind,
      Interval interval,
      String period,
      Currency currency,
      ReportKind sourceKind) {
    LocalDate start = interval.start(period);
    LocalDate end = interval.next(start).minusDays(1);
    Selection sel = selection(model, kind, interval, start, end, currency, sourceKind);
    return index.withSearcher(
        searcher -> {
          MentionColumns mentions = scan(searcher, sel);
          PeriodGroups periods = mentions.byPeriod(interval);
          // A key written differently (2025-W3 for 2025-W03) names no period of the series.
          int p = interval.key(start).equals(period) ? periods.find(start.toEpochDay()) : -1;
          List<Receipt> out = new ArrayList<>();
          if (p < 0) {
            return out;
          }
          Marks marks = marks(mentions, periods, p, new LongHashSet(64));
          var stored = searcher.storedFields();
          int first = periods.offsets()[p];
          for (int k = 0; k < marks.duplicate().length; k++) {
            int i = periods.order()[first + k];
            Document d = stored.document(mentions.doc(i));
            out.add(
                receipt(
                    d,
                    mentions.value(i),
                    mentions.day(i),
                    marks.duplicate()[k],
                    marks.outlier()[k]));
          }
          out.sort(Comparator.comparing(Receipt::value));
          return out;
        });
  }

  private static Receipt receipt(
      Document d, double value, long day, boolean duplicate, boolean outlier) {
    var published = d.getField(M_PUBLISHED);
    return new Receipt(
        d.get(M_REPORT),
        d.get(M_TITLE),
        d.get(M_URL),
        published == null ? null : Instant.ofEpochMilli(published.numericValue().longValue()),
        d.get(M_SENTENCE),
        d.getField(M_START).numericValue().intValue(),
        d.getField(M_END).numericValue().intValue(),
        d.get(M_RULE),
        d.get(M_BASIS),
        value,
        LocalDate.ofEpochDay(day),
        d.get(M_STORY),
        d.get(M_SOURCE),
        duplicate,
        outlier);
  }

  /** Marks of a period's mentions, in the period's (index) order. */
  private record Marks(boolean[] duplicate, boolean[] outlier) {}

  /** Marks reposted values (same story, same value) and outliers among the rest. */
  private Marks marks(MentionColumns mentions, PeriodGroups periods, int p, LongHashSet seen) {
    int first = periods.offsets()[p];
    int n = periods.offsets()[p + 1] - first;
    boolean[] dup = new boolean[n];
    seen.clear();
    double[] values = new double[n];
    int kept = 0;
    for (int k = 0; k < n; k++) {
      int i = periods.order()[first + k];
      // One key per (story, value to 1e-4): a repost repeats both.
      dup[k] =
          !seen.add(
              mentions.story(i) ^ (Math.round(mentions.value(i) * 1e4) * 0x9E3779B97F4A7C15L));
      if (!dup[k]) {
        values[kept++] = mentions.value(i);
      }
    }
    boolean[] out = RobustStats.outliers(Arrays.copyOf(values, kept), outlierMads);
    boolean[] outlier = new boolean[n];
    for (int k = 0, j = 0; k < n; k++) {
      if (!dup[k]) {
        outlier[k] = out[j++];
      }
    }
    return new Marks(dup, outlier);
  }

  private PricePoint point(
      String period, MentionColumns mentions, PeriodGroups periods, int p, LongHashSet scratch) {
    Marks m = marks(mentions, periods, p, scratch);
    int first = periods.offsets()[p];
    int n = m.duplicate().length;
    double[] sorted = new double[n];
    int count = 0;
    LongHashSet stories = new LongHashSet(n);
    LongHashSet sources = new LongHashSet(16);
    int excluded = 0;
    for (int k = 0; k < n; k++) {
      if (m.duplicate()[k]) {
        continue;
      }
      if (m.outlier()[k]) {
        excluded++;
        continue;
      }
      int i = periods.order()[first + k];
      sorted[count++] = mentions.value(i);
      stories.add(mentions.story(i));
      sources.add(mentions.source(i));
    }
    sorted = Arrays.copyOf(sorted, count);
    Arrays.sort(sorted);
    boolean any = sorted.length > 0;
    return new PricePoint(
        period,
        any ? RobustStats.quantile(sorted, 0.5) : null,
        any ? RobustStats.quantile(sorted, 0.25) : null,
        any ? RobustStats.quantile(sorted, 0.75) : null,
        any ? sorted[0] : null,
        any ? sorted[sorted.length - 1] : null,
        sorted.length,
        stories.size(),
        sources.size(),
        excluded,
        sorted.length >= minObservations);
  }

  /** What one series or receipts call selects; {@code model} is canonical. */
  private record Selection(
      String model,
      PriceKind kind,
      Interval interval,
      LocalDate from,
      LocalDate to,
      Currency currency,
      ReportKind sourceKind) {}

  private Selection selection(
      String model,
      PriceKind kind,
      Interval interval,
      LocalDate from,
      LocalDate to,
      Currency currency,
      ReportKind sourceKind) {
    Objects.requireNonNull(kind, "The 'kind' parameter must not be null.");
    Objects.requireNonNull(interval, "The 'interval' parameter must not be null.");
    return new Selection(canonical(model), kind, interval, from, to, currency, sourceKind);
  }

  /**
   * The selection's mentions from doc values, in index order: each segment's mentions of the
   * selection (over all dates) come from {@link SegmentMentionCache}, scanned only for segments it
   * has not seen, and are filtered to the selection's dates here.
   */
  private MentionColumns scan(IndexSearcher searcher, Selection sel) throws IOException {
    return merged(segmentColumns(searcher, sel), sel);
  }

  /** The segments' mentions within the selection's dates, in index order, global doc ids. */
  private static MentionColumns merged(Segments segments, Selection sel) {
    int upTo = segments.columns().stream().mapToInt(MentionColumns::size).sum();
    MentionColumns out = new MentionColumns(upTo);
    for (int i = 0; i < segments.docBases().length; i++) {
      out.appendSegment(
          segments.columns().get(i), segments.docBases()[i], fromDay(sel), toDay(sel));
    }
    return out;
  }

  /** Each segment's mentions of the selection (all dates), in index order, with doc bases. */
  private record Segments(List<MentionColumns> columns, int[] docBases) {}

  private Segments segmentColumns(IndexSearcher searcher, Selection sel) throws IOException {
    String valueField = sel.currency() == Currency.USD ? M_VALUE_USD : M_VALUE_CNY;
    ScanKey key = new ScanKey(sel.model(), sel.kind(), valueField, sel.sourceKind());
    Weight[] weight = new Weight[1]; // built for the first segment not cached, then shared
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<MentionColumns> columns = new ArrayList<>(leaves.size());
    int[] docBases = new int[leaves.size()];
    for (int i = 0; i < leaves.size(); i++) {
      docBases[i] = leaves.get(i).docBase;
      columns.add(
          segments.get(
              leaves.get(i),
              key,
              l -> {
                if (weight[0] == null) {
                  weight[0] =
                      searcher.createWeight(
                          searcher.rewrite(key.query()), ScoreMode.COMPLETE_NO_SCORES, 1f);
                }
                return scanSegment(weight[0], l, valueField);
              }));
    }
    return new Segments(columns, docBases);
  }

  private static long fromDay(Selection sel) {
    return sel.from() == null ? Long.MIN_VALUE : sel.from().toEpochDay();
  }

  private static long toDay(Selection sel) {
    return sel.to() == null ? Long.MAX_VALUE : sel.to().toEpochDay();
  }

  /** What a segment's mentions are kept under: the selection without its dates and interval. */
  private record ScanKey(String model, PriceKind kind, String valueField, ReportKind sourceKind) {
    Query query() {
      BooleanQuery.Builder q = new BooleanQuery.Builder();
      q.add(term(ReportFields.DOC_TYPE, DOC_TYPE_MENTION), BooleanClause.Occur.FILTER);
      q.add(term(M_MODEL, model), BooleanClause.Occur.FILTER);
      q.add(term(M_KIND, kind.name()), BooleanClause.Occur.FILTER);
      q.add(term(M_EXCLUDED, "false"), BooleanClause.Occur.FILTER);
      if (sourceKind != null) {
        q.add(term(M_SOURCE_KIND, sourceKind.name()), BooleanClause.Occur.FILTER);
      }
      return q.build();
    }
  }

  /** One segment's live mentions matching the weight, with segment doc ids. */
  private static MentionColumns scanSegment(
      Weight weight, LeafReaderContext leaf, String valueField) throws IOException {
    MentionColumns out = new MentionColumns();
    Scorer scorer = weight.scorer(leaf);
    if (scorer == null) {
      return out.trimmed();
    }
    SortedNumericDocValues value = DocValues.getSortedNumeric(leaf.reader(), valueField);
    SortedNumericDocValues day = DocValues.getSortedNumeric(leaf.reader(), M_REF_DAY);
    NumericDocValues story = DocValues.getNumeric(leaf.reader(), M_STORY_HASH);
    NumericDocValues source = DocValues.getNumeric(leaf.reader(), M_SOURCE_HASH);
    Bits live = leaf.reader().getLiveDocs();
    DocIdSetIterator docs = scorer.iterator();
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      if ((live != null && !live.get(doc)) || !value.advanceExact(doc) || !day.advanceExact(doc)) {
        continue;
      }
      double v = NumericUtils.sortableLongToDouble(value.nextValue());
      long st = story.advanceExact(doc) ? story.longValue() : 0;
      long so = source.advanceExact(doc) ? source.longValue() : 0;
      out.add(doc, day.nextValue(), v, st, so);
    }
    return out.trimmed();
  }

  /**
   * The canonical name of a model as users may write it ({@code h100}, {@code 昇腾910B}).
   *
   * @throws IllegalArgumentException naming the known models if it is not one of them
   */
  public String canonical(String model) {
    Objects.requireNonNull(model, "The 'model' parameter must not be null.");
    return models
        .canonical(model)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "The 'model' parameter '"
                        + model
                        + "' is not a known GPU model; known: "
                        + models.all()));
  }

  private static TermQuery term(String field, String value) {
    return new TermQuery(new Term(field, value));
  }

  private static String unit(PriceKind kind, Currency currency) {
    String c = currency == null ? "CNY" : currency.name();
    return c + (kind == PriceKind.RENT ? " per GPU-hour" : " per GPU");
  }
}
