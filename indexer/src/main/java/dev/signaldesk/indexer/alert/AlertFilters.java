package dev.signaldesk.indexer.alert;

import dev.signaldesk.model.ReportKind;
import java.util.List;

/**
 * Structured filters of a saved query, applied on top of its query text. Empty means "any".
 *
 * @param sources source ids ({@code 36kr}, {@code chat:wechat-memotrace-csv}, ...); a report from
 *     any of them passes
 * @param kind NEWS or CHAT, or null for both
 * @param languages BCP-47 languages ({@code zh}, {@code en}); any of them passes
 */
public record AlertFilters(List<String> sources, ReportKind kind, List<String> languages) {

  public static final AlertFilters NONE = new AlertFilters(List.of(), null, List.of());

  public AlertFilters {
    sources = sources == null ? List.of() : List.copyOf(sources);
    languages = languages == null ? List.of() : List.copyOf(languages);
  }

  /** True when the filters let every report through. */
  public boolean isEmpty() {
    return sources.isEmpty() && kind == null && languages.isEmpty();
  }
}
