package dev.signaldesk.config;

import java.time.Duration;
import java.util.List;

/**
 * The Lucene index.
 *
 * @param ramBufferMb IndexWriter RAM buffer in MB (default 64)
 * @param refreshInterval how often near-real-time readers are refreshed (default 1 s)
 * @param synonyms groups of terms that mean the same thing, applied at query time (e.g. {@code
 *     [英伟达, Nvidia]})
 */
public record IndexConfig(int ramBufferMb, Duration refreshInterval, List<List<String>> synonyms) {

  public IndexConfig {
    synonyms = synonyms == null ? List.of() : synonyms.stream().map(List::copyOf).toList();
  }
}
