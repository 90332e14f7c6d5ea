package dev.signaldesk.api.services;

import dev.signaldesk.indexer.search.NumericRange;
import dev.signaldesk.indexer.signal.index.SignalFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The signal filters of a search as a caller writes them: models, offer side, signal types, a rent
 * range in CNY per GPU-hour and a sentiment range, plus story collapse. Keyword values are
 * normalised by the index's query fields ({@code h100} finds {@code H100}, {@code sell} finds
 * {@code SELL}).
 *
 * @param models GPU models, any of them ({@code H100}, {@code 昇腾910B})
 * @param side {@code sell}, {@code buy} or {@code neutral}; null for any
 * @param signals signal types, any of them ({@code price}, {@code change}, {@code sell}, {@code
 *     buy})
 * @param minPrice lowest rent in CNY per GPU-hour; null for none
 * @param maxPrice highest rent in CNY per GPU-hour; null for none
 * @param minSentiment lowest sentiment, -1 to 1; null for none
 * @param maxSentiment highest sentiment, -1 to 1; null for none
 * @param collapse one hit per story (default true); false lists reposts separately
 */
public record SignalFilters(
    List<String> models,
    String side,
    List<String> signals,
    Double minPrice,
    Double maxPrice,
    Double minSentiment,
    Double maxSentiment,
    Boolean collapse) {

  /** No signal filter, stories collapsed. */
  public static final SignalFilters NONE =
      new SignalFilters(List.of(), null, List.of(), null, null, null, null, null);

  public SignalFilters {
    models = clean(models);
    signals = clean(signals);
    side = side == null || side.isBlank() ? null : side.trim();
  }

  public boolean collapsed() {
    return collapse == null || collapse;
  }

  /** Keyword filters for {@link dev.signaldesk.indexer.search.SearchRequest#filters()}. */
  Map<String, List<String>> keywordFilters() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (!models.isEmpty()) {
      out.put(SignalFields.MODEL, models);
    }
    if (side != null) {
      out.put(SignalFields.SIDE, List.of(side));
    }
    if (!signals.isEmpty()) {
      out.put(SignalFields.SIGNAL, signals);
    }
    return out;
  }

  /**
   * @throws InvalidParameterException for a reversed range or a sentiment outside -1..1
   */
  List<NumericRange> ranges() {
    List<NumericRange> out = new ArrayList<>();
    if (minPrice != null || maxPrice != null) {
      ordered("minPrice", minPrice, "maxPrice", maxPrice);
      out.add(new NumericRange(SignalFields.PRICE_CNY_GPU_HOUR, minPrice, maxPrice));
    }
    if (minSentiment != null || maxSentiment != null) {
      within("minSentiment", minSentiment);
      within("maxSentiment", maxSentiment);
      ordered("minSentiment", minSentiment, "maxSentiment", maxSentiment);
      out.add(new NumericRange(SignalFields.SENTIMENT, minSentiment, maxSentiment));
    }
    return out;
  }

  private static void ordered(String lowName, Double low, String highName, Double high) {
    if (low != null && high != null && low > high) {
      throw new InvalidParameterException(
          lowName, "(" + low + ") must not be above '" + highName + "' (" + high + ")");
    }
  }

  private static void within(String name, Double v) {
    if (v != null && (v < -1 || v > 1)) {
      throw new InvalidParameterException(name, "must be between -1 and 1, got " + v);
    }
  }

  private static List<String> clean(List<String> values) {
    return values == null
        ? List.of()
        : values.stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
  }
}
