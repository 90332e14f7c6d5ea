package dev.signaldesk.indexer.signal.index;

import dev.signaldesk.config.SignalsConfig;
import dev.signaldesk.indexer.search.QueryFieldRegistry;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Registers the signal fields users may query: keywords {@code model}, {@code side}, {@code
 * signal}, {@code region}, {@code company}, {@code story}; numbers {@code price_cny_gpu_hour},
 * {@code price_cny_gpu}, {@code sentiment}. {@code model:h100} and {@code model:昇腾910B} find the
 * canonical model.
 */
public final class SignalQueryFields {
  private SignalQueryFields() {}

  public static QueryFieldRegistry register(QueryFieldRegistry registry, SignalsConfig config) {
    Map<String, String> canonical = new HashMap<>();
    config
        .gpuModels()
        .forEach(
            (model, spellings) -> {
              canonical.put(model.toLowerCase(Locale.ROOT), model);
              spellings.forEach(s -> canonical.put(s.toLowerCase(Locale.ROOT), model));
            });
    registry.registerKeyword(
        SignalFields.MODEL, v -> canonical.getOrDefault(v.toLowerCase(Locale.ROOT), v));
    registry.registerKeyword(SignalFields.SIDE, v -> v.toUpperCase(Locale.ROOT));
    registry.registerKeyword(SignalFields.SIGNAL, v -> v.toLowerCase(Locale.ROOT));
    registry.registerKeyword(SignalFields.REGION);
    registry.registerKeyword(SignalFields.COMPANY);
    registry.registerKeyword(SignalFields.STORY);
    registry.registerDouble(SignalFields.PRICE_CNY_GPU_HOUR);
    registry.registerDouble(SignalFields.PRICE_CNY_GPU);
    registry.registerDouble(SignalFields.SENTIMENT);
    return registry;
  }
}
