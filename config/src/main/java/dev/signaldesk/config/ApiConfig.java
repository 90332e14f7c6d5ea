package dev.signaldesk.config;

import java.time.Duration;
import java.util.List;

/**
 * The HTTP API.
 *
 * @param anonymousRead let requests without a key read news documents and search (default true)
 * @param anonymousChat let anonymous readers see chat documents too (default false)
 * @param keys API keys declared in configuration (more may live in the database)
 * @param rateLimitPerMinute requests per key per minute before 429
 * @param maxUploadBytes largest accepted upload (chat exports)
 * @param searchTimeout a search running longer answers 503
 * @param maxPageDepth deepest page a search cursor may reach (400 beyond it)
 * @param maxWildcards most prefix terms ({@code comput*}) in one query (400 beyond it)
 * @param cacheEntries search results and signal series kept per cache (0 turns caching off)
 */
public record ApiConfig(
    boolean anonymousRead,
    boolean anonymousChat,
    List<ApiKey> keys,
    int rateLimitPerMinute,
    long maxUploadBytes,
    Duration searchTimeout,
    int maxPageDepth,
    int maxWildcards,
    int cacheEntries) {

  public ApiConfig {
    keys = keys == null ? List.of() : List.copyOf(keys);
  }

  /**
   * @param key the secret bearer token
   * @param role reader, analyst or admin
   * @param owner who the key belongs to (saved queries are scoped to it)
   */
  public record ApiKey(String key, String role, String owner) {}
}
