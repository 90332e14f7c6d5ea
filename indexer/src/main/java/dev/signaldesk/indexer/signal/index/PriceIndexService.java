package dev.signaldesk.indexer.signal.index;

import static dev.signaldesk.indexer.signal.index.SignalFields.*;

import dev.signaldesk.config.SignalsConfig;
import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.indexer.schema.ReportFields;
import dev.signaldesk.indexer.signal.price.Currency;
import dev.signaldesk.indexer.signal.price.PriceKind;
import dev.signaldesk.indexer.signal.text.ModelNames;
import dev.signaldesk.model.ReportKind;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
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
  public static final String METHODOLOGY_VERSION =
      "signaldesk-price/1 (median, dedup by story, 3-MAD)";

  private final ReportIndex index;
  private final ModelNames models;
  private final int minObservations;
  private final double outlierMads;

  public PriceIndexService(ReportIndex index, SignalsConfig config) {
    this.index = Objects.requireNonNull(index, "The 'index' parameter must not be null.");
    this.models = new ModelNames(config.gpuModels());
    this.minObservations = config.minObservations();
    this.outlierMads = config.outlierMads();
  }

  /** One observation read from doc values. */
  private record Obs(int doc, long day, double value, long story, long source) {}

  /**
   * The series over {@code [from, to]} (reference dates, inclusive).
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
    Map<String, List<Obs>> periods =
        collect(new Selection(model, kind, interval, from, to, currency, sourceKind));
    List<PricePoint> points = new ArrayList<>();
    periods.forEach((period, obs) -> points.add(point(period, obs)));
    return new PriceSeries(
        canonical(model), kind.name(), unit(kind, currency), METHODOLOGY_VERSION, points);
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
    Selection sel = new Selection(model, kind, interval, start, end, currency, sourceKind);
    // Doc ids are only valid in the searcher that found them: a refresh in between (an import
    // committing) would make them name other documents.
    return index.withSearcher(
        searcher -> {
          List<Obs> obs = collect(searcher, sel).getOrDefault(period, List.of());
          Marks marks = marks(obs);
          List<Receipt> out = new ArrayList<>();
          var stored = searcher.storedFields();
          for (int i = 0; i < obs.size(); i++) {
            Document d = stored.document(obs.get(i).doc());
            out.add(receipt(d, obs.get(i), marks.duplicate()[i], marks.outlier()[i]));
          }
          out.sort(Comparator.comparing(Receipt::value));
          return out;
        });
  }

  private static Receipt receipt(Document d, Obs o, boolean duplicate, boolean outlier) {
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
        o.value(),
        LocalDate.ofEpochDay(o.day()),
        d.get(M_STORY),
        d.get(M_SOURCE),
        duplicate,
        outlier);
  }

  private record Marks(boolean[] duplicate, boolean[] outlier) {}

  /** Marks reposted values (same story, same value) and outliers among the rest. */
  private Marks marks(List<Obs> obs) {
    boolean[] dup = new boolean[obs.size()];
    Set<Long> seen = new HashSet<>();
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < obs.size(); i++) {
      Obs o = obs.get(i);
      // One key per (story, value to 1e-4): a repost repeats both.
      dup[i] = !seen.add(o.story() ^ (Math.round(o.value() * 1e4) * 0x9E3779B97F4A7C15L));
      if (!dup[i]) {
        kept.add(i);
      }
    }
    double[] values = kept.stream().mapToDouble(i -> obs.get(i).value()).toArray();
    boolean[] out = RobustStats.outliers(values, outlierMads);
    boolean[] outlier = new boolean[obs.size()];
    for (int k = 0; k < kept.size(); k++) {
      outlier[kept.get(k)] = out[k];
    }
    return new Marks(dup, outlier);
  }

  private PricePoint point(String period, List<Obs> obs) {
    Marks m = marks(obs);
    List<Double> values = new ArrayList<>();
    Set<Long> stories = new HashSet<>();
    Set<Long> sources = new HashSet<>();
    int excluded = 0;
    for (int i = 0; i < obs.size(); i++) {
      if (m.duplicate()[i]) {
        continue;
      }
      if (m.outlier()[i]) {
        excluded++;
        continue;
      }
      values.add(obs.get(i).value());
      stories.add(obs.get(i).story());
      sources.add(obs.get(i).source());
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
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

  /** What one series or receipts call selects. */
  private record Selection(
      String model,
      PriceKind kind,
      Interval interval,
      LocalDate from,
      LocalDate to,
      Currency currency,
      ReportKind sourceKind) {}

  private Map<String, List<Obs>> collect(Selection sel) {
    return index.withSearcher(searcher -> collect(searcher, sel));
  }

  private Map<String, List<Obs>> collect(IndexSearcher searcher, Selection sel) throws IOException {
    String m = canonical(sel.model());
    PriceKind kind = sel.kind();
    Interval interval = sel.interval();
    LocalDate from = sel.from();
    LocalDate to = sel.to();
    Currency currency = sel.currency();
    ReportKind sourceKind = sel.sourceKind();
    Objects.requireNonNull(kind, "The 'kind' parameter must not be null.");
    Objects.requireNonNull(interval, "The 'interval' parameter must not be null.");
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    q.add(term(ReportFields.DOC_TYPE, DOC_TYPE_MENTION), BooleanClause.Occur.FILTER);
    q.add(term(M_MODEL, m), BooleanClause.Occur.FILTER);
    q.add(term(M_KIND, kind.name()), BooleanClause.Occur.FILTER);
    q.add(term(M_EXCLUDED, "false"), BooleanClause.Occur.FILTER);
    if (sourceKind != null) {
      q.add(term(M_SOURCE_KIND, sourceKind.name()), BooleanClause.Occur.FILTER);
    }
    q.add(
        LongField.newRangeQuery(
            M_REF_DAY,
            from == null ? Long.MIN_VALUE : from.toEpochDay(),
            to == null ? Long.MAX_VALUE : to.toEpochDay()),
        BooleanClause.Occur.FILTER);
    String valueField = currency == Currency.USD ? M_VALUE_USD : M_VALUE_CNY;
    Query query = q.build();
    return scan(searcher, query, valueField, interval);
  }

  private static Map<String, List<Obs>> scan(
      IndexSearcher searcher, Query query, String valueField, Interval interval)
      throws IOException {
    // Grouped by the period's first epoch day (cheap per document), keyed by name at the end.
    Map<Long, List<Obs>> byStart = new TreeMap<>();
    searcher.search(
        query,
        new SimpleCollector() {
          private long lastDay;
          private List<Obs> current;
          private SortedNumericDocValues value;
          private SortedNumericDocValues day;
          private NumericDocValues story;
          private NumericDocValues source;
          private int base;

          @Override
          protected void doSetNextReader(LeafReaderContext ctx) throws IOException {
            value = DocValues.getSortedNumeric(ctx.reader(), valueField);
            day = DocValues.getSortedNumeric(ctx.reader(), M_REF_DAY);
            story = DocValues.getNumeric(ctx.reader(), M_STORY_HASH);
            source = DocValues.getNumeric(ctx.reader(), M_SOURCE_HASH);
            base = ctx.docBase;
          }

          @Override
          public void collect(int doc) throws IOException {
            if (!value.advanceExact(doc) || !day.advanceExact(doc)) {
              return;
            }
            double v = NumericUtils.sortableLongToDouble(value.nextValue());
            long d = day.nextValue();
            long st = story.advanceExact(doc) ? story.longValue() : 0;
            long so = source.advanceExact(doc) ? source.longValue() : 0;
            if (d != lastDay || current == null) {
              // Mentions of one report sit next to each other and mostly share a day.
              lastDay = d;
              current = byStart.computeIfAbsent(interval.periodStart(d), k -> new ArrayList<>());
            }
            current.add(new Obs(base + doc, d, v, st, so));
          }

          @Override
          public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
          }
        });
    Map<String, List<Obs>> out = new LinkedHashMap<>();
    byStart.forEach((start, obs) -> out.put(interval.key(LocalDate.ofEpochDay(start)), obs));
    return out;
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
