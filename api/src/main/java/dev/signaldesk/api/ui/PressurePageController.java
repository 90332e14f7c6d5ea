package dev.signaldesk.api.ui;

import dev.signaldesk.indexer.signal.index.Interval;
import dev.signaldesk.indexer.signal.index.SelloffPoint;
import dev.signaldesk.indexer.signal.index.SelloffService;
import dev.signaldesk.indexer.signal.index.SentimentPoint;
import dev.signaldesk.indexer.signal.index.SentimentService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The market pressure page ({@code /pressure}): sell against buy reports and mean sentiment per
 * week (or month), as a chart and as a table with the same numbers.
 */
@Hidden
@Controller("/pressure")
@ExecuteOn(TaskExecutors.BLOCKING)
public class PressurePageController {
  private final SelloffService selloff;
  private final SentimentService sentiment;
  private final Pages pages;

  public PressurePageController(SelloffService selloff, SentimentService sentiment, Pages pages) {
    this.selloff = selloff;
    this.sentiment = sentiment;
    this.pages = pages;
  }

  /** One table row: a period's pressure and mood; null numbers where a side is missing. */
  public record Row(
      String period,
      int sell,
      int buy,
      String ratio,
      String sellTalk,
      String mood,
      int documents) {}

  @Get
  public ModelAndView<Map<String, Object>> page(
      HttpRequest<?> request, @Nullable @QueryValue String interval) {
    Interval i = "month".equalsIgnoreCase(interval) ? Interval.MONTH : Interval.WEEK;
    List<SelloffPoint> sell = selloff.series(i, null, null);
    List<SentimentPoint> mood = sentiment.series(i, null, null);
    Map<String, SentimentPoint> moodBy = new HashMap<>();
    mood.forEach(p -> moodBy.put(p.period(), p));
    List<Row> rows =
        sell.stream()
            .filter(p -> p.sell() + p.buy() + p.neutral() > 0)
            .map(
                p -> {
                  SentimentPoint s = moodBy.get(p.period());
                  return new Row(
                      p.period(),
                      p.sell(),
                      p.buy(),
                      p.sellBuyRatio() == null ? "–" : fmt("%.2f", p.sellBuyRatio()),
                      fmt("%.0f%%", p.sellTalkShare() * 100),
                      s == null || s.documents() == 0 ? "–" : fmt("%+.2f", s.mean()),
                      s == null ? 0 : s.documents());
                })
            .toList();
    Map<String, Object> m = pages.model(request, "pressure");
    m.put("intervalName", i.name().toLowerCase(Locale.ROOT));
    m.put("rows", rows);
    m.put("chartData", ChartJson.pressure(sell, mood));
    return new ModelAndView<>("pressure", m);
  }

  private static String fmt(String pattern, double v) {
    return String.format(Locale.ROOT, pattern, v);
  }
}
