package dev.signaldesk.api.ui;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;

/** The model every page shares: labels, language, the switch link, which nav entry is current. */
@Singleton
public final class Pages {
  private final UiLabels labels;

  public Pages(UiLabels labels) {
    this.labels = labels;
  }

  /** A fresh, mutable model for {@code request}; {@code page} names the current nav entry. */
  public Map<String, Object> model(HttpRequest<?> request, String page) {
    UiLanguage lang = UiLanguage.of(request);
    Map<String, Object> m = new HashMap<>();
    m.put("t", labels.all(lang));
    m.put("lang", lang.code());
    m.put("htmlLang", lang == UiLanguage.ZH ? "zh-CN" : "en");
    m.put("page", page);
    String here = request.getUri().getRawPath();
    String query = request.getUri().getRawQuery();
    String back = query == null ? here : here + "?" + query;
    m.put("switchUrl", "/lang/" + lang.other().code() + "?back=" + UrlQuery.encode(back));
    return m;
  }

  public String format(HttpRequest<?> request, String key, Object... args) {
    return labels.format(UiLanguage.of(request), key, args);
  }
}
