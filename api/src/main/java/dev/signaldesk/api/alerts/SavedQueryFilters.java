package dev.signaldesk.api.alerts;

import dev.signaldesk.indexer.alert.AlertFilters;
import dev.signaldesk.model.ReportKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The filters of a saved query as the API reads and writes them; the same filters the search takes.
 *
 * @param sources source ids, any of which passes; empty for all
 * @param kind {@code NEWS} or {@code CHAT}; null for both
 * @param fields other keyword filters the search knows ({@code language}, {@code author}, ...):
 *     field → values, any of which passes
 */
@Serdeable
public record SavedQueryFilters(
    @Nullable List<String> sources,
    @Nullable String kind,
    @Nullable Map<String, List<String>> fields) {

  public SavedQueryFilters {
    sources = sources == null ? List.of() : List.copyOf(sources);
    fields = fields == null ? Map.of() : Map.copyOf(fields);
  }

  static final SavedQueryFilters NONE = new SavedQueryFilters(null, null, null);

  /**
   * @throws SavedQueryException.Invalid when {@code kind} is not NEWS or CHAT
   */
  AlertFilters toAlertFilters() {
    ReportKind k = null;
    if (kind != null && !kind.isBlank()) {
      try {
        k = ReportKind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new SavedQueryException.Invalid(
            "The filter 'kind' must be NEWS or CHAT, was '" + kind + "'.", null);
      }
    }
    return new AlertFilters(sources, k, fields);
  }
}
