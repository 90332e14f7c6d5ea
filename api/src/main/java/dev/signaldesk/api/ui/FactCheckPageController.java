package dev.signaldesk.api.ui;

import dev.signaldesk.api.factcheck.FactCheckController;
import dev.signaldesk.api.factcheck.FactCheckView;
import dev.signaldesk.api.security.Caller;
import dev.signaldesk.api.services.InvalidParameterException;
import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.indexer.index.ReportIndex;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fact-check page ({@code /fact-check?claim=...}): the API's fact-check for an anonymous
 * reader, each passage with the claim's numbers marked, the earliest source flagged and a link to
 * its archived snapshot.
 */
@Hidden
@Controller("/fact-check")
@ExecuteOn(TaskExecutors.BLOCKING)
public class FactCheckPageController {
  private final FactCheckController factCheck;
  private final ReportIndex index;
  private final Pages pages;
  private final boolean anonymousChat;

  public FactCheckPageController(
      FactCheckController factCheck, ReportIndex index, Pages pages, SignalDeskConfig config) {
    this.factCheck = factCheck;
    this.index = index;
    this.pages = pages;
    this.anonymousChat = config.api().anonymousChat();
  }

  /** One passage as the page shows it. */
  public record PassageRow(
      String docId,
      String title,
      String source,
      String date,
      List<Highlights.Run> runs,
      boolean earliest,
      boolean supporting,
      String snapshot,
      String url) {}

  @Get
  public ModelAndView<Map<String, Object>> page(
      HttpRequest<?> request, @Nullable @QueryValue String claim) {
    Map<String, Object> m = pages.model(request, "factcheck");
    m.put("claim", claim == null ? "" : claim);
    if (claim != null && !claim.isBlank()) {
      try {
        FactCheckView v = factCheck.check(claim, Caller.anonymous(anonymousChat));
        m.put("passages", rows(v));
      } catch (InvalidParameterException e) {
        m.put("error", e.getMessage());
      }
    }
    return new ModelAndView<>("factcheck", m);
  }

  private List<PassageRow> rows(FactCheckView v) {
    String origin = v.earliest() == null ? null : v.earliest().docId();
    List<PassageRow> out = new ArrayList<>();
    for (FactCheckView.PassageView p : v.passages()) {
      List<String> needles = new ArrayList<>(p.numbersMatched());
      // The sentence may write a matched number differently from the claim (八成 vs 80%).
      v.numbers().stream()
          .filter(n -> p.numbersMatched().contains(n.text()))
          .forEach(n -> needles.addAll(spellings(n)));
      out.add(
          new PassageRow(
              p.docId(),
              p.title(),
              p.source(),
              Dates.day(p.publishedAt()),
              Highlights.runs(p.sentence(), needles),
              p.docId().equals(origin),
              p.supporting(),
              index.get(p.docId()).map(Snapshots::url).orElse(null),
              p.url()));
    }
    return out;
  }

  /** Common ways a sentence writes the claim's number: 80, 八成 for 80%, 7.5万 for 75,000. */
  static List<String> spellings(FactCheckView.NumberView n) {
    List<String> out = new ArrayList<>();
    double v = n.value();
    out.add(plain(v));
    if (n.percent() && v >= 10 && v <= 90 && v % 10 == 0) {
      out.add("一二三四五六七八九".charAt((int) v / 10 - 1) + "成");
    }
    if (!n.percent() && v >= 10_000) {
      out.add(plain(v / 10_000) + "万");
    }
    return out;
  }

  private static String plain(double v) {
    return v == Math.rint(v)
        ? String.format(Locale.ROOT, "%.0f", v)
        : String.valueOf(v).replaceAll("0+$", "");
  }
}
