package dev.signaldesk.api.signals;

import dev.signaldesk.api.cache.IndexBoundCache;
import dev.signaldesk.api.cache.ResultCaches;
import dev.signaldesk.api.security.Access;
import dev.signaldesk.api.security.Caller;
import dev.signaldesk.api.security.Role;
import dev.signaldesk.api.services.InvalidParameterException;
import dev.signaldesk.api.signals.SignalViews.ReceiptView;
import dev.signaldesk.api.signals.SignalViews.ReceiptsView;
import dev.signaldesk.api.signals.SignalViews.SelloffView;
import dev.signaldesk.api.signals.SignalViews.SentimentView;
import dev.signaldesk.indexer.signal.index.Interval;
import dev.signaldesk.indexer.signal.index.PriceIndexService;
import dev.signaldesk.indexer.signal.index.PricePoint;
import dev.signaldesk.indexer.signal.index.PriceSeries;
import dev.signaldesk.indexer.signal.index.Receipt;
import dev.signaldesk.indexer.signal.index.SelloffPoint;
import dev.signaldesk.indexer.signal.index.SelloffService;
import dev.signaldesk.indexer.signal.index.SentimentPoint;
import dev.signaldesk.indexer.signal.index.SentimentService;
import dev.signaldesk.indexer.signal.price.Currency;
import dev.signaldesk.indexer.signal.price.PriceKind;
import dev.signaldesk.model.ReportKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.SerdeImport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/signals}: price indexes with their receipts, sell-off pressure and sentiment, all
 * aggregated from the index by the signals library. Readers may call it (anonymously when {@code
 * api.anonymous-read}); receipts quote chat messages only to callers who may read chat.
 */
@Controller("/api/signals")
@Tag(name = "Signals")
@ExecuteOn(TaskExecutors.BLOCKING)
@Access(value = Role.READER, anonymousRead = true)
@SerdeImport(PriceSeries.class)
@SerdeImport(PricePoint.class)
@SerdeImport(SelloffPoint.class)
@SerdeImport(SentimentPoint.class)
public class SignalsController {
  private final PriceIndexService prices;
  private final SelloffService selloff;
  private final SentimentService sentiment;
  private final IndexBoundCache<PriceKey, PriceSeries> priceCache;

  /** A price series request, normalised: the key of the series cache. */
  private record PriceKey(
      String model,
      PriceKind kind,
      Interval interval,
      LocalDate from,
      LocalDate to,
      Currency currency,
      ReportKind sourceKind) {}

  public SignalsController(
      PriceIndexService prices,
      SelloffService selloff,
      SentimentService sentiment,
      ResultCaches caches) {
    this.prices = prices;
    this.selloff = selloff;
    this.sentiment = sentiment;
    this.priceCache = caches.create(ResultCaches.SIGNAL_SERIES);
  }

  @Get(uri = "/prices", produces = MediaType.APPLICATION_JSON)
  @Operation(summary = "Price index of one GPU model: median, quartiles and counts per period")
  public PriceSeries prices(
      @Nullable @QueryValue String model,
      @Nullable @QueryValue String kind,
      @Nullable @QueryValue String interval,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue String currency,
      @Nullable @QueryValue String sourceKind) {
    String m = canonicalModel(SignalParameters.required("model", model));
    PriceKind k = SignalParameters.kind(kind);
    SignalParameters.Window w = SignalParameters.window(interval, from, to);
    Currency c = SignalParameters.currency(currency);
    PriceKey key =
        new PriceKey(
            m, k, w.interval(), w.from(), w.to(), c, SignalParameters.sourceKind(sourceKind));
    return priceCache.get(
        key,
        () ->
            prices.series(
                m, k, w.interval(), w.from(), w.to(), c, key.sourceKind())); // emptied on refresh
  }

  @Get(uri = "/prices/receipts", produces = MediaType.APPLICATION_JSON)
  @Operation(summary = "The mentions behind one period of a price index, with their sentences")
  public ReceiptsView receipts(
      @Nullable @QueryValue String model,
      @Nullable @QueryValue String kind,
      @Nullable @QueryValue String interval,
      @Nullable @QueryValue String period,
      @Nullable @QueryValue String currency,
      @Nullable @QueryValue String sourceKind,
      Caller caller) {
    String m = canonicalModel(SignalParameters.required("model", model));
    PriceKind k = SignalParameters.kind(kind);
    Interval i = SignalParameters.interval(interval);
    String p = SignalParameters.required("period", period);
    try {
      i.start(p);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(
          "period", "must be a " + name(i) + " key such as " + example(i) + ", got '" + p + "'");
    }
    Currency c = SignalParameters.currency(currency);
    ReportKind sk = SignalParameters.sourceKind(sourceKind);
    if (!caller.mayReadChat()) {
      // Receipts quote the message text; who may not read chat documents sees news only.
      sk = ReportKind.NEWS;
    }
    List<Receipt> found = prices.receipts(m, k, i, p, c, sk);
    String unit = c.name() + (k == PriceKind.RENT ? " per GPU-hour" : " per GPU");
    return new ReceiptsView(
        m, k.name(), name(i), p, unit, found.stream().map(ReceiptView::of).toList());
  }

  @Get(uri = "/selloff", produces = MediaType.APPLICATION_JSON)
  @Operation(summary = "Sell-off pressure per period: selling vs buying documents, sell talk")
  public SelloffView selloff(
      @Nullable @QueryValue String interval,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to) {
    SignalParameters.Window w = SignalParameters.window(interval, from, to);
    return new SelloffView(name(w.interval()), selloff.series(w.interval(), w.from(), w.to()));
  }

  @Get(uri = "/sentiment", produces = MediaType.APPLICATION_JSON)
  @Operation(summary = "Mean market sentiment per period")
  public SentimentView sentiment(
      @Nullable @QueryValue String interval,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to) {
    SignalParameters.Window w = SignalParameters.window(interval, from, to);
    return new SentimentView(name(w.interval()), sentiment.series(w.interval(), w.from(), w.to()));
  }

  private String canonicalModel(String model) {
    try {
      return prices.canonical(model);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(
          "model", e.getMessage().replaceFirst("^The 'model' parameter ", ""));
    }
  }

  private static String name(Interval i) {
    return i.name().toLowerCase(Locale.ROOT);
  }

  private static String example(Interval i) {
    return switch (i) {
      case DAY -> "2025-03-12";
      case WEEK -> "2025-W11";
      case MONTH -> "2025-03";
    };
  }
}
