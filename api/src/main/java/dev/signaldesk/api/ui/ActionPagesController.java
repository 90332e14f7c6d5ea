package dev.signaldesk.api.ui;

import dev.signaldesk.crawler.chat.ChatFormat;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Arrays;
import java.util.Map;

/**
 * The pages whose actions need the API key: alerts ({@code /alerts}) and import ({@code /import}).
 * The server renders only the forms; {@code alerts.js} and {@code import.js} call the JSON API with
 * the key the user typed (kept in {@code sessionStorage}, sent as a Bearer header), so the key
 * never reaches a URL, a cookie or a log.
 */
@Hidden
@Controller
public class ActionPagesController {
  private final Pages pages;

  public ActionPagesController(Pages pages) {
    this.pages = pages;
  }

  @Get("/alerts")
  public ModelAndView<Map<String, Object>> alerts(HttpRequest<?> request) {
    return new ModelAndView<>("alerts", pages.model(request, "alerts"));
  }

  @Get("/import")
  public ModelAndView<Map<String, Object>> importPage(HttpRequest<?> request) {
    Map<String, Object> m = pages.model(request, "import");
    m.put("formats", Arrays.stream(ChatFormat.values()).map(ChatFormat::id).toList());
    return new ModelAndView<>("import", m);
  }
}
