/**
 * Who may call the API, and how often.
 *
 * <p>{@link dev.signaldesk.api.security.ApiAccessFilter} runs first on every {@code /api} request:
 * it reads {@code Authorization: Bearer <key>} (or Basic with the key as password, for feed
 * readers), finds the key in {@link dev.signaldesk.api.security.ApiKeyStore} (configuration, the
 * database, {@code SIGNALDESK_API_KEY}, the demo key; digests only), checks the route's {@link
 * dev.signaldesk.api.security.Access} role (or {@code AccessPolicy}'s path rules for routes without
 * one) and takes a token from the caller's {@link dev.signaldesk.api.security.RateLimiter} bucket.
 * Failures are problem documents: 401 for a wrong or missing key, 403 for a weak role, 429 with
 * {@code Retry-After}.
 *
 * <p>Controllers get the result as a {@link dev.signaldesk.api.security.Caller} parameter: the
 * owner that scopes saved queries, the role, and whether chat documents may be shown. Nothing here
 * logs keys, headers or bodies.
 */
package dev.signaldesk.api.security;
