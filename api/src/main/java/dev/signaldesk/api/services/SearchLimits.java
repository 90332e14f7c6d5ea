package dev.signaldesk.api.services;

import dev.signaldesk.config.ApiConfig;
import java.time.Duration;

/**
 * What one search may cost: how deep a cursor may page, how many prefix terms a query may have, and
 * how long matching may run.
 *
 * @param maxPageDepth deepest page (1-based) a cursor may ask for
 * @param maxWildcards most prefix terms ({@code comput*}) in one query
 * @param timeout time budget of one search; null for none
 */
public record SearchLimits(int maxPageDepth, int maxWildcards, Duration timeout) {

  /** No practical limit (the CLI, reading its own index). */
  public static final SearchLimits NONE =
      new SearchLimits(Integer.MAX_VALUE, Integer.MAX_VALUE, null);

  public static SearchLimits of(ApiConfig api) {
    return new SearchLimits(api.maxPageDepth(), api.maxWildcards(), api.searchTimeout());
  }
}
