package dev.signaldesk.indexer.signal.price;

import dev.signaldesk.config.SignalsConfig;
import dev.signaldesk.indexer.signal.text.GpuModelMatcher;
import dev.signaldesk.indexer.signal.text.ModelMention;
import dev.signaldesk.indexer.signal.text.Sentence;
import dev.signaldesk.indexer.signal.text.SentenceSplitter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds GPU prices in Chinese and English text, sentence by sentence, and normalises them.
 *
 * <p>For each sum of money ({@link AmountReader}) it reads the unit after it and the cue words
 * before it ({@link UnitReader}); "从A降至B" lets both prices share one unit. A price with a time unit
 * is RENT, with a per-card or per-server unit SALE; a bare sum is SALE only if the sentence is not
 * about company money (revenue, funding) and the sum is not a fleet-sized figure. The GPU model is
 * the nearest one before the price (or after, or from the previous sentence of the paragraph).
 * Prices outside their model's plausibility band are kept but flagged and excluded.
 */
public final class PriceMentionExtractor {
  private static final Pattern CHANGE_LINK =
      Pattern.compile(
          "^\\s*(?:的)?\\s*(?:，|,)?\\s*(?:已?经?|一路|进一步)?\\s*(?:降至|降到|跌至|跌到|下降至|下降到|下滑至|降为|回落至|回落到|涨至|涨到|上涨至|上涨到|上调至|上调到|升至|升到|提高至|提高到|增至|到|至|→|->|(?i:to|down to|up to|falling to|dropping to|rising to))了?[^，,。；;\\d]{0,6}$");
  private static final Pattern FROM = Pattern.compile("(从|由|(?i:from))");
  private static final Pattern PRICE_WORD_JUST_BEFORE =
      Pattern.compile(
          "(单价|售价|报价|价格|租金|月租|租价|(?i:price|priced|rent))\\s*(约为|大约|约|为|是|在|(?i:at|of|about|around))*\\s*(US\\$|\\$|¥|￥|人民币)?\\s*$");
  private static final Pattern RESPECTIVELY = Pattern.compile("分别|(?i:respectively)");
  private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

  private final GpuModelMatcher models;
  private final PriceNormaliser normaliser;
  private final PlausibilityBands bands;
  private final int assumedGpus;

  public PriceMentionExtractor(SignalsConfig config) {
    this.models = new GpuModelMatcher(config.gpuModels());
    this.normaliser =
        new PriceNormaliser(new ExchangeRates(config.cnyPerUsd()), config.pflopsPerGpu());
    this.bands = new PlausibilityBands(config.plausibility());
    this.assumedGpus = config.assumedGpusPerServer();
  }

  public PriceExtraction extract(String text, LocalDate docDate) {
    List<PriceMention> prices = new ArrayList<>();
    List<PriceChange> changes = new ArrayList<>();
    ModelMention carried = null;
    int paragraph = -1;
    for (Sentence s : SentenceSplitter.split(text)) {
      if (s.paragraph() != paragraph) {
        carried = null;
        paragraph = s.paragraph();
      }
      List<ModelMention> found = models.find(s.text());
      sentence(s, found, carried, docDate, prices);
      PriceChanges.find(s, found, changes);
      if (!found.isEmpty()) {
        carried = found.get(found.size() - 1);
      }
    }
    return new PriceExtraction(prices, changes);
  }

  private void sentence(
      Sentence s,
      List<ModelMention> found,
      ModelMention carried,
      LocalDate docDate,
      List<PriceMention> out) {
    String t = s.text();
    List<Amount> amounts = new ArrayList<>();
    for (Amount a : AmountReader.read(t)) {
      if (found.stream().noneMatch(m -> a.start() < m.end() && m.start() < a.end())) {
        amounts.add(a);
      }
    }
    if (amounts.isEmpty() || (found.isEmpty() && carried == null)) {
      return;
    }
    SentenceCues cues = SentenceCues.of(t);
    List<ReferenceDates.Found> dates = ReferenceDates.find(t, docDate);
    Currency defaultCurrency = CJK.matcher(t).find() ? Currency.CNY : Currency.USD;
    boolean respectively = RESPECTIVELY.matcher(t).find() && found.size() == amounts.size();
    int n = amounts.size();
    Unit[] units = new Unit[n];
    int prevEnd = 0;
    for (int i = 0; i < n; i++) {
      Amount a = amounts.get(i);
      units[i] = UnitReader.after(t, a.afterBound()).or(UnitReader.before(t, prevEnd, a.start()));
      prevEnd = a.end();
    }
    boolean[] linked = new boolean[n];
    for (int i = 0; i + 1 < n; i++) {
      if (linked(t, amounts.get(i), amounts.get(i + 1))) {
        linked[i] = linked[i + 1] = true;
        Unit shared = units[i].or(units[i + 1]);
        units[i] = new Unit(shared.hours(), shared.server(), shared.pflops(), units[i].end());
        units[i + 1] =
            new Unit(shared.hours(), shared.server(), shared.pflops(), units[i + 1].end());
        Currency c =
            amounts.get(i).currency() != null
                ? amounts.get(i).currency()
                : amounts.get(i + 1).currency();
        amounts.set(i, amounts.get(i).withCurrency(c));
        amounts.set(i + 1, amounts.get(i + 1).withCurrency(c));
      }
    }
    prevEnd = 0;
    for (int i = 0; i < n; i++) {
      Amount a = amounts.get(i);
      List<String> flags = new ArrayList<>();
      ModelMention model = respectively ? found.get(i) : nearest(found, a);
      if (model == null) {
        model = carried;
        flags.add("model-from-context");
      }
      Currency currency = a.currency() != null ? a.currency() : defaultCurrency;
      ReferenceDate ref = ReferenceDates.forAmount(dates, prevEnd, a.start(), a.end(), docDate);
      int nextStart = i + 1 < n ? amounts.get(i + 1).start() : t.length();
      prevEnd = a.end();
      PriceMention p =
          mention(s, a, units[i], linked[i], model, currency, ref, cues, flags, nextStart);
      if (p != null) {
        out.add(p);
      }
    }
  }

  private PriceMention mention(
      Sentence s,
      Amount a,
      Unit u,
      boolean linked,
      ModelMention model,
      Currency currency,
      ReferenceDate ref,
      SentenceCues cues,
      List<String> flags,
      int nextStart) {
    String source = linked ? "linked" : u.end() > a.afterBound() ? "unit-after" : "cue-before";
    PriceKind kind;
    int hours;
    if (u.pflops()) {
      kind = PriceKind.RENT;
      hours = 730;
    } else if (u.hours() != null && u.hours() > 0) {
      kind = PriceKind.RENT;
      hours = u.hours();
    } else if (u.hours() != null) {
      kind = PriceKind.SALE;
      hours = 0;
    } else {
      // A bare sum. Company money (revenue, funding) and fleet-sized sums are not GPU prices,
      // unless a price word stands right before the sum ("单价约为1.2万美元").
      double cnyish = currency == Currency.USD ? a.high() * 7 : a.high();
      String head = s.text().substring(Math.max(0, a.start() - 10), a.start());
      boolean priced = PRICE_WORD_JUST_BEFORE.matcher(head).find();
      if ((cues.companyMoney() && !priced) || cnyish >= 1e7) {
        return null;
      }
      if (cues.rent() && !cues.saleVerb()) {
        // A rent without a period ("整机租金7万出头"): the first period that makes it plausible.
        Integer assumed = assumedPeriod(model.model(), a, currency, ref, u, cues);
        if (assumed == null) {
          return null;
        }
        kind = PriceKind.RENT;
        hours = assumed;
        source = "period-assumed";
        flags.add("period-assumed");
      } else {
        kind = PriceKind.SALE;
        hours = 0;
        source = cues.sale() ? "sale-cue" : "bare";
      }
    }
    boolean scopeStated = u.server() != null;
    boolean server = scopeStated ? u.server() : cues.server();
    Integer statedGpus = cues.gpus();
    PriceBasis basis = u.pflops() ? PriceBasis.PER_PFLOPS_MONTH : PriceBasis.of(hours, server);
    if (!scopeStated && !u.pflops()) {
      PriceBasis other = PriceBasis.of(hours, !server);
      int gpusOther = !server ? (statedGpus == null ? assumedGpus : statedGpus) : 1;
      if (!fits(model.model(), basis, a, currency, ref, server ? gpusFor(statedGpus) : 1)
          && fits(model.model(), other, a, currency, ref, gpusOther)) {
        basis = other;
        server = !server;
        flags.add("scope-inferred");
      }
    }
    int gpus = server ? gpusFor(statedGpus) : 1;
    boolean gpusAssumed = server && statedGpus == null;
    if (gpusAssumed) {
      flags.add("gpus-assumed");
    }
    if (a.isRange()) {
      flags.add("range");
    }
    if (a.bound() != null) {
      flags.add("bound");
    }
    Double normalised = normaliser.perUnit(model.model(), basis, a.value(), gpus);
    boolean excluded = false;
    String reason = null;
    double cny = Double.NaN;
    double usd = Double.NaN;
    if (normalised == null) {
      excluded = true;
      reason = "no PFLOPS figure configured for " + model.model();
      flags.add("unnormalised");
    } else {
      cny = normaliser.toCny(normalised, currency, ref.date());
      usd = normaliser.toUsd(normalised, currency, ref.date());
      if (!bands.plausible(model.model(), kind, cny)) {
        excluded = true;
        List<Double> b = bands.band(model.model(), kind);
        reason =
            String.format(
                java.util.Locale.ROOT,
                "implausible: %.2f CNY %s is outside the %s %s band [%s, %s]; a unit slip such as a monthly rent written as yearly?",
                cny,
                kind == PriceKind.RENT ? "per GPU-hour" : "per GPU",
                model.model(),
                kind,
                b.get(0),
                b.get(1));
        flags.add("implausible");
      }
    }
    int end = Math.max(a.afterBound(), Math.min(u.end(), nextStart));
    return new PriceMention(
        model.model(),
        model.variant(),
        model.memoryGb(),
        kind,
        a.value(),
        a.isRange() ? a.low() : null,
        a.isRange() ? a.high() : null,
        a.bound(),
        currency,
        basis,
        gpus,
        gpusAssumed,
        kind == PriceKind.RENT ? normalised : null,
        kind == PriceKind.SALE ? normalised : null,
        cny,
        usd,
        ref.date(),
        ref.precision(),
        flags,
        excluded,
        reason,
        s.text(),
        s.global(a.start()),
        s.global(end),
        kind.name().toLowerCase(java.util.Locale.ROOT) + "." + source);
  }

  private Integer assumedPeriod(
      String model, Amount a, Currency c, ReferenceDate ref, Unit u, SentenceCues cues) {
    for (int hours : new int[] {1, 730, 24}) {
      for (boolean server :
          u.server() != null
              ? new boolean[] {u.server()}
              : new boolean[] {cues.server(), !cues.server()}) {
        int gpus = server ? gpusFor(cues.gpus()) : 1;
        if (fits(model, PriceBasis.of(hours, server), a, c, ref, gpus)) {
          return hours;
        }
      }
    }
    return null;
  }

  private boolean fits(
      String model, PriceBasis basis, Amount a, Currency c, ReferenceDate ref, int gpus) {
    Double v = normaliser.perUnit(model, basis, a.value(), gpus);
    return v != null && bands.plausible(model, basis.kind(), normaliser.toCny(v, c, ref.date()));
  }

  private int gpusFor(Integer stated) {
    return stated == null ? assumedGpus : stated;
  }

  private static boolean linked(String t, Amount a, Amount b) {
    String between = t.substring(a.afterBound(), b.start());
    if (!CHANGE_LINK.matcher(between).matches()) {
      return false;
    }
    String before = t.substring(Math.max(0, a.start() - 16), a.start());
    return FROM.matcher(before).find() || !between.matches("^\\s*(?:到|至|(?i:to))\\s*$");
  }

  /** The model named closest before the amount, else closest after it. */
  private static ModelMention nearest(List<ModelMention> found, Amount a) {
    ModelMention before = null;
    ModelMention after = null;
    for (ModelMention m : found) {
      if (m.end() <= a.start()) {
        before = m;
      } else if (after == null && m.start() >= a.end()) {
        after = m;
      }
    }
    return before != null ? before : after;
  }
}
