package dev.signaldesk.api.ui;

import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.indexer.signal.index.Interval;
import dev.signaldesk.indexer.signal.index.PriceIndexService;
import dev.signaldesk.indexer.signal.index.PriceSeries;
import dev.signaldesk.indexer.signal.index.Receipt;
import dev.signaldesk.indexer.signal.price.Currency;
import dev.signaldesk.indexer.signal.price.PriceKind;
import dev.signaldesk.model.ReportKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The price index page ({@code /prices}): model, kind and interval selectors, the uPlot chart of
 * the median with its p25–p75 band and mention counts (data handed to {@code prices.js} in a data
 * attribute), a table of the same numbers, and the receipts fragment ({@code /prices/receipts}) a
 * click on a period loads.
 */
@Hidden
@Controller("/prices")
@ExecuteOn(TaskExecutors.BLOCKING)
public class PricesPageController {
  private final PriceIndexService prices;
  private final Pages pages;
  private final List<String> models;
  private final boolean anonymousChat;

  public PricesPageController(PriceIndexService prices, Pages pages, SignalDeskConfig config) {
    this.prices = prices;
    this.pages = pages;
    this.models = List.copyOf(new TreeSet<>(config.signals().gpuModels().keySet()));
    this.anonymousChat = config.api().anonymousChat();
  }

  /** The selection, with defaults: H100 (or the first model), rent, month. */
  record Selection(String model, PriceKind kind, Interval interval) {
    String query() {
      return new UrlQuery()
          .add("model", model)
          .add("kind", kind.name().toLowerCase(Locale.ROOT))
          .add("interval", interval.name().toLowerCase(Locale.ROOT))
          .on("");
    }
  }

  private Selection selection(String model, String kind, String interval) {
    String m =
        models.stream()
            .filter(x -> x.equalsIgnoreCase(model == null ? "H100" : model.trim()))
            .findFirst()
            .orElse(models.isEmpty() ? "H100" : models.contains("H100") ? "H100" : models.get(0));
    PriceKind k = "sale".equalsIgnoreCase(kind) ? PriceKind.SALE : PriceKind.RENT;
    Interval i =
        switch (interval == null ? "" : interval.toLowerCase(Locale.ROOT)) {
          case "day" -> Interval.DAY;
          case "week" -> Interval.WEEK;
          default -> Interval.MONTH;
        };
    return new Selection(m, k, i);
  }

  @Get
  public ModelAndView<Map<String, Object>> page(
      HttpRequest<?> request,
      @Nullable @QueryValue String model,
      @Nullable @QueryValue String kind,
      @Nullable @QueryValue String interval) {
    Selection sel = selection(model, kind, interval);
    PriceSeries series =
        prices.series(sel.model(), sel.kind(), sel.interval(), null, null, Currency.CNY, null);
    Map<String, Object> m = pages.model(request, "prices");
    m.put("models", models);
    m.put("sel", sel);
    m.put("kindName", sel.kind().name().toLowerCase(Locale.ROOT));
    m.put("intervalName", sel.interval().name().toLowerCase(Locale.ROOT));
    m.put("unit", series.unit());
    m.put("points", series.series().stream().filter(p -> p.mentions() > 0).toList());
    m.put("chartData", ChartJson.prices(series.series()));
    m.put("receiptsBase", "/prices/receipts" + sel.query() + "&period=");
    return new ModelAndView<>("prices", m);
  }

  @Get("/receipts")
  public ModelAndView<Map<String, Object>> receipts(
      HttpRequest<?> request,
      @Nullable @QueryValue String model,
      @Nullable @QueryValue String kind,
      @Nullable @QueryValue String interval,
      @Nullable @QueryValue String period) {
    Selection sel = selection(model, kind, interval);
    Map<String, Object> m = pages.model(request, "prices");
    List<Receipt> found = List.of();
    String bad = null;
    try {
      sel.interval().start(period == null ? "" : period);
      // Receipts quote their sentences: chat ones only where anonymous readers may read chat.
      found =
          prices.receipts(
              sel.model(),
              sel.kind(),
              sel.interval(),
              period,
              Currency.CNY,
              anonymousChat ? null : ReportKind.NEWS);
    } catch (IllegalArgumentException e) {
      bad = e.getMessage();
    }
    m.put("period", period);
    m.put("bad", bad);
    m.put("receipts", found);
    return new ModelAndView<>("receipts", m);
  }
}
