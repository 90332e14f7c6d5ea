/**
 * Result caching. {@link dev.signaldesk.api.cache.IndexBoundCache} keeps results computed from the
 * index (search pages, signal series) in Caffeine, keyed by the normalised request and the index's
 * refresh generation, so an import is visible to the very next request: a commit refreshes the
 * searcher, the refresh starts a new generation, and no older entry is read again. {@link
 * dev.signaldesk.api.cache.ResultCaches} hands out one cache per name, with hit/miss meters.
 */
package dev.signaldesk.api.cache;
