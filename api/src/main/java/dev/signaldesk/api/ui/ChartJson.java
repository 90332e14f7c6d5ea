package dev.signaldesk.api.ui;

import dev.signaldesk.indexer.signal.index.PricePoint;
import dev.signaldesk.indexer.signal.index.SelloffPoint;
import dev.signaldesk.indexer.signal.index.SentimentPoint;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Chart data as the JSON {@code prices.js} and {@code pressure.js} read from a {@code data-chart}
 * attribute: parallel arrays, {@code null} for a gap. Only numbers and period keys go in, and the
 * template escapes the attribute, so no value can break out.
 */
final class ChartJson {
  private ChartJson() {}

  static String prices(List<PricePoint> points) {
    return "{\"periods\":"
        + strings(points, PricePoint::period)
        + ",\"median\":"
        + numbers(points, PricePoint::median)
        + ",\"p25\":"
        + numbers(points, PricePoint::p25)
        + ",\"p75\":"
        + numbers(points, PricePoint::p75)
        + ",\"mentions\":"
        + numbers(points, p -> (double) p.mentions())
        + "}";
  }

  static String pressure(List<SelloffPoint> sell, List<SentimentPoint> mood) {
    return "{\"periods\":"
        + strings(sell, SelloffPoint::period)
        + ",\"sell\":"
        + numbers(sell, p -> (double) p.sell())
        + ",\"buy\":"
        + numbers(sell, p -> (double) p.buy())
        + ",\"moodPeriods\":"
        + strings(mood, SentimentPoint::period)
        + ",\"mood\":"
        + numbers(mood, p -> p.documents() == 0 ? null : p.mean())
        + "}";
  }

  private static <T> String strings(List<T> items, Function<T, String> f) {
    return items.stream()
        .map(f)
        .map(s -> "\"" + s.replaceAll("[^0-9A-Za-z-]", "") + "\"")
        .collect(Collectors.joining(",", "[", "]"));
  }

  private static <T> String numbers(List<T> items, Function<T, Double> f) {
    return items.stream()
        .map(f)
        .map(v -> v == null || v.isNaN() ? "null" : String.format(Locale.ROOT, "%.4f", v))
        .collect(Collectors.joining(",", "[", "]"));
  }
}
