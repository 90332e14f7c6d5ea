package dev.signaldesk.api.ui;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The page labels per language, from {@code ui/labels_<lang>.properties} (UTF-8). A key missing in
 * Chinese falls back to English; a key missing everywhere shows as itself, so a typo is visible.
 */
@Singleton
public final class UiLabels {
  private final Map<UiLanguage, Map<String, String>> labels = new EnumMap<>(UiLanguage.class);

  public UiLabels() {
    Map<String, String> en = load(UiLanguage.EN);
    labels.put(UiLanguage.EN, en);
    Map<String, String> zh = new HashMap<>(en);
    zh.putAll(load(UiLanguage.ZH));
    labels.put(UiLanguage.ZH, Map.copyOf(zh));
  }

  /** Every label of {@code lang}, for templates ({@code ${t['search.title']}}). */
  public Map<String, String> all(UiLanguage lang) {
    return labels.get(lang);
  }

  /** One label with {@code {0}}-style arguments filled in. */
  public String format(UiLanguage lang, String key, Object... args) {
    String pattern = labels.get(lang).getOrDefault(key, key);
    return new MessageFormat(pattern, Locale.ROOT).format(args);
  }

  private static Map<String, String> load(UiLanguage lang) {
    String name = "ui/labels_" + lang.code() + ".properties";
    try (InputStream in = UiLabels.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing UI labels resource " + name);
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> out = new HashMap<>();
      p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
      return Map.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("Reading UI labels " + name + " failed", e);
    }
  }
}
