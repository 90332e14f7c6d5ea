package dev.signaldesk.indexer.signal.index;

import dev.signaldesk.config.SignalsConfig;
import dev.signaldesk.indexer.search.QueryFieldRegistry;
import dev.signaldesk.indexer.signal.text.ModelNames;
import java.util.Locale;

/**
 * Registers the signal fields users may query: keywords {@code model}, {@code side}, {@code
 * signal}, {@code region}, {@code company}, {@code story}; numbers {@code price_cny_gpu_hour},
 * {@code price_cny_gpu}, {@code sentiment}. {@code model:h100} and {@code model:昇腾910B} find the
 * canonical model.
 */
public final class SignalQueryFields {
  private SignalQueryFields() {}

  public static QueryFieldRegistry register(QueryFieldRegistry registry, SignalsConfig config) {
    ModelNames models = new ModelNames(config.gpuModels());
    registry.registerKeyword(SignalFields.MODEL, v -> models.canonical(v).orElse(v));
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
