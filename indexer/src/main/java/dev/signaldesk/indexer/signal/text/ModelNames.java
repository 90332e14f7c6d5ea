package dev.signaldesk.indexer.signal.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Canonical GPU model names by any configured spelling, case-insensitively: {@code h100}, {@code
 * 昇腾910B} and {@code Ascend 910B} all name {@code H100} / {@code Ascend 910B}. For user input
 * (queries, API parameters); text is matched by {@link GpuModelMatcher}.
 */
public final class ModelNames {
  private final Map<String, String> canonical = new HashMap<>();

  /**
   * @param models canonical model to its spellings (config {@code signals.gpu-models})
   */
  public ModelNames(Map<String, List<String>> models) {
    models.forEach(
        (model, spellings) -> {
          canonical.put(model.toLowerCase(Locale.ROOT), model);
          spellings.forEach(s -> canonical.put(s.toLowerCase(Locale.ROOT), model));
        });
  }

  public Optional<String> canonical(String name) {
    return Optional.ofNullable(canonical.get(name.strip().toLowerCase(Locale.ROOT)));
  }

  /** The canonical names, sorted. */
  public Set<String> all() {
    return new TreeSet<>(canonical.values());
  }
}
