package dev.signaldesk.indexer.alert;

import dev.signaldesk.model.ReportKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Structured filters of a saved query, applied on top of its query text, as the search applies
 * them. Empty means "any".
 *
 * @param sources source ids ({@code 36kr}, {@code chat:wechat-memotrace-csv}, ...); a report from
 *     any of them passes
 * @param kind NEWS or CHAT, or null for both
 * @param fields keyword filters on fields the search knows ({@code language}, {@code author}, ...):
 *     field → accepted values, any of which passes
 */
public record AlertFilters(
    List<String> sources, ReportKind kind, Map<String, List<String>> fields) {

  public static final AlertFilters NONE = new AlertFilters(List.of(), null, Map.of());

  public AlertFilters {
    sources = sources == null ? List.of() : List.copyOf(sources);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    if (fields != null) {
      fields.forEach((k, v) -> copy.put(k, v == null ? List.of() : List.copyOf(v)));
    }
    fields = java.util.Collections.unmodifiableMap(copy);
  }

  /** True when the filters let every report through. */
  public boolean isEmpty() {
    return sources.isEmpty() && kind == null && fields.values().stream().allMatch(List::isEmpty);
  }
}
