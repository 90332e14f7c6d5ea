package dev.signaldesk.indexer.signal.index;

import static dev.signaldesk.indexer.signal.index.SignalFields.*;

import dev.signaldesk.indexer.schema.FieldContributor;
import dev.signaldesk.indexer.schema.IndexContext;
import dev.signaldesk.indexer.schema.ReportFields;
import dev.signaldesk.indexer.signal.SignalExtractor;
import dev.signaldesk.indexer.signal.SignalReport;
import dev.signaldesk.indexer.signal.price.PriceChange;
import dev.signaldesk.indexer.signal.price.PriceKind;
import dev.signaldesk.indexer.signal.price.PriceMention;
import dev.signaldesk.indexer.signal.side.OfferSide;
import dev.signaldesk.indexer.signal.story.StoryResolver;
import dev.signaldesk.model.Report;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

/**
 * Indexes the signals of each report: its models, side, signal types, regions, companies, story id
 * and sentiment on the report document (keywords, numbers and facets), and one child document per
 * price mention carrying the doc values that {@link PriceIndexService} aggregates.
 *
 * <p>The index calls {@link #contribute} and then {@link #children} for the same report on the same
 * thread; the analysis of the first call is kept in a thread-local for the second.
 */
public final class SignalFieldContributor implements FieldContributor {
  /** Dates of documents are read in the market's time zone. */
  public static final ZoneId MARKET_ZONE = ZoneId.of("Asia/Shanghai");

  private final SignalExtractor extractor;
  private final StoryResolver stories;
  private final Clock clock;
  private final ThreadLocal<Analysed> last = new ThreadLocal<>();

  private record Analysed(String reportId, SignalReport signals, String story) {}

  public SignalFieldContributor(SignalExtractor extractor, StoryResolver stories, Clock clock) {
    this.extractor = extractor;
    this.stories = stories;
    this.clock = clock;
  }

  /** A story resolver over the fields this contributor writes. */
  public static StoryResolver storyResolver(int maxHamming) {
    return new StoryResolver(maxHamming, STORY_BAND, SIG_SIMHASH, STORY, ReportFields.ID);
  }

  @Override
  public void configure(FacetsConfig facets) {
    for (String dim : List.of(MODEL, SIGNAL, REGION, COMPANY)) {
      facets.setMultiValued(dim, true);
    }
  }

  @Override
  public void contribute(Report report, Document doc, IndexContext ctx) {
    SignalReport s = extractor.analyse(report.text(), docDate(report));
    StoryResolver.Story story = stories.resolve(report.id(), report.text(), ctx.searcher());
    last.set(new Analysed(report.id(), s, story.id()));

    keywords(doc, MODEL, s.entities().models(), true);
    keywords(doc, REGION, s.entities().regions(), true);
    keywords(doc, COMPANY, s.entities().companies(), true);
    keywords(doc, SIGNAL, signalTypes(s), true);
    OfferSide side = effectiveSide(report, s);
    keywords(doc, SIDE, List.of(side.name()), true);
    doc.add(new NumericDocValuesField(SIG_SIDE, side.ordinal() == 2 ? 0 : side.ordinal() + 1));
    doc.add(new NumericDocValuesField(SIG_SELL_TALK, s.sellTalk() ? 1 : 0));
    doc.add(new DoubleField(SENTIMENT, s.sentiment().score(), Field.Store.YES));

    doc.add(new StringField(STORY, story.id(), Field.Store.YES));
    doc.add(new NumericDocValuesField(SIG_STORY_HASH, SignalFields.key(story.id())));
    for (String band : story.bands()) {
      doc.add(new StringField(STORY_BAND, band, Field.Store.NO));
    }
    doc.add(new StoredField(SIG_SIMHASH, story.simhash()));
    for (PriceMention p : s.prices()) {
      if (!p.excluded()) {
        doc.add(
            new DoubleField(
                p.kind() == PriceKind.RENT ? PRICE_CNY_GPU_HOUR : PRICE_CNY_GPU,
                p.cny(),
                Field.Store.NO));
      }
    }
  }

  @Override
  public List<Document> children(Report report, IndexContext ctx) {
    Analysed a = last.get();
    last.remove();
    if (a == null || !a.reportId().equals(report.id())) {
      SignalReport s = extractor.analyse(report.text(), docDate(report));
      a =
          new Analysed(
              report.id(), s, stories.resolve(report.id(), report.text(), ctx.searcher()).id());
    }
    List<Document> out = new ArrayList<>();
    for (PriceMention p : a.signals().prices()) {
      out.add(mentionDoc(report, p, a.story()));
    }
    return out;
  }

  private static Document mentionDoc(Report r, PriceMention p, String story) {
    Document d = new Document();
    d.add(new StringField(ReportFields.DOC_TYPE, DOC_TYPE_MENTION, Field.Store.NO));
    d.add(new StringField(M_MODEL, p.model(), Field.Store.YES));
    d.add(new StringField(M_KIND, p.kind().name(), Field.Store.YES));
    d.add(new StringField(M_SOURCE_KIND, r.kind().name(), Field.Store.YES));
    d.add(new StringField(M_EXCLUDED, String.valueOf(p.excluded()), Field.Store.YES));
    if (!Double.isNaN(p.cny())) {
      d.add(new DoubleField(M_VALUE_CNY, p.cny(), Field.Store.YES));
      d.add(new DoubleField(M_VALUE_USD, p.usd(), Field.Store.YES));
    }
    d.add(new LongField(M_REF_DAY, p.refDate().toEpochDay(), Field.Store.YES));
    d.add(new NumericDocValuesField(M_STORY_HASH, SignalFields.key(story)));
    d.add(new NumericDocValuesField(M_SOURCE_HASH, SignalFields.key(r.sourceId())));
    d.add(new StoredField(M_REPORT, r.id()));
    d.add(new StoredField(M_BASIS, p.basis().name()));
    if (p.excludedReason() != null) {
      d.add(new StoredField(M_REASON, p.excludedReason()));
    }
    d.add(new StoredField(M_SENTENCE, p.text()));
    d.add(new StoredField(M_START, p.start()));
    d.add(new StoredField(M_END, p.end()));
    d.add(new StoredField(M_RULE, p.rule()));
    if (r.title() != null) {
      d.add(new StoredField(M_TITLE, r.title()));
    }
    if (r.url() != null) {
      d.add(new StoredField(M_URL, r.url()));
    }
    if (r.publishedAt() != null) {
      d.add(new StoredField(M_PUBLISHED, r.publishedAt().toEpochMilli()));
    }
    d.add(new StoredField(M_STORY, story));
    d.add(new StoredField(M_SOURCE, r.sourceId()));
    return d;
  }

  /** A chat message's own offer convention, when the importer recorded one, wins over the text. */
  private static OfferSide effectiveSide(Report r, SignalReport s) {
    if (r.chat() != null && r.chat().offer() != null) {
      try {
        return OfferSide.valueOf(r.chat().offer());
      } catch (IllegalArgumentException e) {
        return s.side();
      }
    }
    return s.side();
  }

  private static List<String> signalTypes(SignalReport s) {
    Set<String> out = new LinkedHashSet<>();
    if (s.prices().stream().anyMatch(p -> !p.excluded())) {
      out.add("price");
    }
    for (PriceChange c : s.changes()) {
      out.add("change");
    }
    if (s.side() == OfferSide.SELL || s.sellTalk()) {
      out.add("sell");
    }
    if (s.side() == OfferSide.BUY) {
      out.add("buy");
    }
    return List.copyOf(out);
  }

  private static void keywords(Document doc, String field, List<String> values, boolean facet) {
    for (String v : new LinkedHashSet<>(values)) {
      doc.add(new StringField(field, v, Field.Store.YES));
      if (facet) {
        doc.add(new SortedSetDocValuesFacetField(field, v));
      }
    }
  }

  private LocalDate docDate(Report r) {
    if (r.publishedAt() != null) {
      return LocalDate.ofInstant(r.publishedAt(), MARKET_ZONE);
    }
    if (r.fetchedAt() != null) {
      return LocalDate.ofInstant(r.fetchedAt(), MARKET_ZONE);
    }
    return LocalDate.now(clock.withZone(MARKET_ZONE));
  }
}
