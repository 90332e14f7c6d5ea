package dev.signaldesk.config;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/** Checks values that parse but make no sense, and names the key that holds them. */
final class ConfigValidator {
  private static final Set<String> SOURCE_TYPES =
      Set.of("36kr", "jazzyear", "wechat", "feed", "sitemap");
  private static final Set<String> ROLES = Set.of("reader", "analyst", "admin");
  private static final Duration MIN_REVISIT = Duration.ofMinutes(1);
  private static final Duration MAX_REVISIT = Duration.ofDays(365);
  private static final Duration MAX_BLOCKED_BACKOFF = Duration.ofDays(7);
  private static final int MAX_COMMIT_EVERY = 10_000;
  private static final int MAX_PROBE_MISSES = 1_000;

  private ConfigValidator() {}

  static void validate(SignalDeskConfig c) {
    require(c.crawler() != null, "crawler", "section is missing");
    CrawlerConfig cr = c.crawler();
    require(
        cr.userAgent() != null && !cr.userAgent().isBlank(),
        "crawler.user-agent",
        "must not be empty");
    positive(cr.minDelay(), "crawler.min-delay", true);
    positive(cr.maxCrawlDelay(), "crawler.max-crawl-delay", true);
    positive(cr.connectTimeout(), "crawler.connect-timeout", false);
    positive(cr.readTimeout(), "crawler.read-timeout", false);
    require(cr.maxBodyBytes() > 0, "crawler.max-body-bytes", "must be positive");
    require(
        cr.maxRedirects() >= 0 && cr.maxRedirects() <= 20,
        "crawler.max-redirects",
        "must be between 0 and 20");
    require(
        cr.maxRetries() >= 0 && cr.maxRetries() <= 10,
        "crawler.max-retries",
        "must be between 0 and 10");
    require(cr.breakerFailures() > 0, "crawler.breaker-failures", "must be positive");
    require(cr.maxPagesPerSource() > 0, "crawler.max-pages-per-source", "must be positive");
    // Revisiting more often than every minute hammers sites; less than yearly never refreshes.
    between(cr.revisitAfter(), MIN_REVISIT, MAX_REVISIT, "crawler.revisit-after");
    // A zero backoff would re-ask a host that just served a captcha at once.
    between(
        cr.blockedBackoff(), Duration.ofSeconds(1), MAX_BLOCKED_BACKOFF, "crawler.blocked-backoff");
    require(
        cr.commitEvery() >= 1 && cr.commitEvery() <= MAX_COMMIT_EVERY,
        "crawler.commit-every",
        "must be between 1 and "
            + MAX_COMMIT_EVERY
            + " (pages per index commit), got "
            + cr.commitEvery());

    Set<String> ids = new HashSet<>();
    for (int i = 0; i < c.sources().size(); i++) {
      SourceConfig s = c.sources().get(i);
      String k = "sources[" + i + "]";
      require(
          s.id() != null && s.id().matches("[A-Za-z0-9][A-Za-z0-9_.-]*"),
          k + ".id",
          "must be a simple name (letters, digits, . _ -)");
      require(ids.add(s.id()), k + ".id", "duplicate source id '" + s.id() + "'");
      require(
          s.type() != null && SOURCE_TYPES.contains(s.type()),
          k + ".type",
          "must be one of " + SOURCE_TYPES);
      switch (s.type()) {
        case "36kr", "jazzyear" -> url(s.baseUrl(), k + ".base-url");
        case "wechat" -> {
          require(!s.urls().isEmpty(), k + ".urls", "a wechat source needs at least one URL");
          for (int j = 0; j < s.urls().size(); j++) {
            url(s.urls().get(j), k + ".urls[" + j + "]");
          }
        }
        default -> url(s.url(), k + ".url");
      }
      require(
          s.probeMisses() >= 1 && s.probeMisses() <= MAX_PROBE_MISSES,
          k + ".probe-misses",
          "must be between 1 and "
              + MAX_PROBE_MISSES
              + " (soft 404s in a row that end a probe), got "
              + s.probeMisses());
      if (s.schedule() != null) {
        positive(s.schedule(), k + ".schedule", false);
      }
    }

    require(c.index() != null, "index", "section is missing");
    require(c.index().ramBufferMb() >= 8, "index.ram-buffer-mb", "must be at least 8");
    positive(c.index().refreshInterval(), "index.refresh-interval", false);

    require(
        c.alerts() != null && c.alerts().webhooks() != null,
        "alerts.webhooks",
        "section is missing");
    require(
        c.alerts().webhooks().maxAttempts() > 0,
        "alerts.webhooks.max-attempts",
        "must be positive");
    positive(c.alerts().webhooks().shutdownGrace(), "alerts.webhooks.shutdown-grace", true);
    positive(c.alerts().sseKeepAlive(), "alerts.sse-keep-alive", true);
    require(
        c.alerts().matchThreads() >= 0
            && c.alerts().matchThreads() <= AlertsConfig.MAX_MATCH_THREADS,
        "alerts.match-threads",
        "must be between 0 (one per processor) and "
            + AlertsConfig.MAX_MATCH_THREADS
            + ", got "
            + c.alerts().matchThreads());

    require(c.api() != null, "api", "section is missing");
    for (int i = 0; i < c.api().keys().size(); i++) {
      ApiConfig.ApiKey key = c.api().keys().get(i);
      require(
          key.key() != null && key.key().length() >= 16,
          "api.keys[" + i + "].key",
          "must be at least 16 characters");
      require(
          key.role() != null && ROLES.contains(key.role()),
          "api.keys[" + i + "].role",
          "must be one of " + ROLES);
    }
    require(c.api().rateLimitPerMinute() > 0, "api.rate-limit-per-minute", "must be positive");
    require(c.api().maxPageDepth() > 0, "api.max-page-depth", "must be positive");
    require(c.api().maxWildcards() >= 0, "api.max-wildcards", "must not be negative");
    require(c.api().cacheEntries() >= 0, "api.cache-entries", "must not be negative");
    require(
        c.api().searchTimeout() != null && !c.api().searchTimeout().isNegative(),
        "api.search-timeout",
        "must not be negative");
  }

  private static void url(String value, String key) {
    require(value != null && !value.isBlank(), key, "is required");
    try {
      URI u = URI.create(value);
      require(
          ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null,
          key,
          "must be an http(s) URL, got '" + value + "'");
    } catch (IllegalArgumentException e) {
      throw new ConfigException(key, "not a valid URL: " + e.getMessage());
    }
  }

  private static void between(Duration d, Duration min, Duration max, String key) {
    require(d != null, key, "is required");
    require(
        d.compareTo(min) >= 0 && d.compareTo(max) <= 0,
        key,
        "must be between "
            + DurationText.format(min)
            + " and "
            + DurationText.format(max)
            + ", got "
            + DurationText.format(d));
  }

  private static void positive(Duration d, String key, boolean zeroOk) {
    require(d != null, key, "is required");
    require(
        zeroOk ? !d.isNegative() : !d.isNegative() && !d.isZero(),
        key,
        zeroOk ? "must not be negative" : "must be positive");
  }

  private static void require(boolean ok, String key, String reason) {
    if (!ok) {
      throw new ConfigException(key, reason);
    }
  }
}
