package dev.signaldesk.indexer.signal.price;

import dev.signaldesk.config.SignalsConfig;
import java.util.List;
import java.util.Map;

/**
 * The CNY range a normalised price of each model and kind should fall in ({@code
 * signals.plausibility}); models without their own band use {@code default}.
 */
public final class PlausibilityBands {
  private final Map<String, SignalsConfig.Band> bands;

  public PlausibilityBands(Map<String, SignalsConfig.Band> bands) {
    this.bands = Map.copyOf(bands);
  }

  /** The band, or null if neither the model nor {@code default} has one for this kind. */
  public List<Double> band(String model, PriceKind kind) {
    List<Double> own = pick(bands.get(model), kind);
    return own != null ? own : pick(bands.get("default"), kind);
  }

  public boolean plausible(String model, PriceKind kind, double cny) {
    List<Double> b = band(model, kind);
    return b == null || (cny >= b.get(0) && cny <= b.get(1));
  }

  private static List<Double> pick(SignalsConfig.Band b, PriceKind kind) {
    if (b == null) {
      return null;
    }
    return kind == PriceKind.RENT ? b.rent() : b.sale();
  }
}
