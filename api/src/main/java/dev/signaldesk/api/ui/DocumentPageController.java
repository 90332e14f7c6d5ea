package dev.signaldesk.api.ui;

import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.indexer.signal.SignalExtractor;
import dev.signaldesk.indexer.signal.SignalReport;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The document page ({@code /doc/{id}}): the text with its price mentions marked (analysed on the
 * fly by the same {@link SignalExtractor} the index uses), side and sentiment badges, the story's
 * other reports and the provenance panel. Chat messages are shown only where anonymous readers may
 * read chat, as in the API.
 */
@Hidden
@Controller("/doc")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DocumentPageController {
  private final ReportIndex index;
  private final Optional<SignalExtractor> extractor;
  private final StoryIndex stories;
  private final Pages pages;
  private final boolean anonymousChat;

  public DocumentPageController(
      ReportIndex index,
      @Nullable SignalExtractor extractor,
      StoryIndex stories,
      Pages pages,
      SignalDeskConfig config) {
    this.index = index;
    this.extractor = Optional.ofNullable(extractor);
    this.stories = stories;
    this.pages = pages;
    this.anonymousChat = config.api().anonymousChat();
  }

  @Get("/{id}")
  public HttpResponse<ModelAndView<Map<String, Object>>> page(
      HttpRequest<?> request, @PathVariable String id) {
    Map<String, Object> m = pages.model(request, "search");
    Optional<Report> found = index.get(id);
    if (found.isEmpty()) {
      m.put("message", m.get("t") instanceof Map<?, ?> t ? t.get("doc.notfound") : "");
      return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.NOT_FOUND)
          .body(new ModelAndView<>("error", m));
    }
    Report r = found.get();
    if (r.kind() == ReportKind.CHAT && !anonymousChat) {
      m.put("message", m.get("t") instanceof Map<?, ?> t ? t.get("doc.chat.locked") : "");
      return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.FORBIDDEN)
          .body(new ModelAndView<>("error", m));
    }
    m.put("doc", r);
    m.put("published", r.publishedAt() == null ? "" : Dates.minute(r.publishedAt()));
    m.put("fetched", r.fetchedAt() == null ? "" : Dates.minute(r.fetchedAt()));
    m.put("kind", r.kind().name().toLowerCase(Locale.ROOT));
    m.put("provenance", r.provenance());
    m.put("snapshot", Snapshots.url(r));
    m.put("others", stories.others(id));
    m.put("signals", extractor.isPresent());
    if (extractor.isPresent()) {
      LocalDate day =
          r.publishedAt() == null ? null : r.publishedAt().atZone(Dates.CHINA).toLocalDate();
      SignalReport s = extractor.get().analyse(r.text(), day);
      m.put("segments", PriceMarkup.segments(r.text(), s.prices()));
      m.put("mentions", s.prices().size());
      m.put("side", s.side() == null ? null : s.side().name().toLowerCase(Locale.ROOT));
      m.put("sentiment", String.format(Locale.ROOT, "%+.2f", s.sentiment().score()));
      m.put(
          "mood",
          s.sentiment().score() > 0.05 ? "up" : s.sentiment().score() < -0.05 ? "down" : "flat");
    } else {
      m.put("segments", List.of(new PriceMarkup.Segment(r.text(), null, 0)));
      m.put("mentions", 0);
    }
    return HttpResponse.ok(new ModelAndView<>("document", m));
  }
}
