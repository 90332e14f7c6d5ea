/**
 * Saved queries and the delivery of their alerts.
 *
 * <p>Design. Saved queries live in the api's embedded database ({@link
 * dev.signaldesk.api.alerts.Jdbc}: H2 in PostgreSQL mode under {@code <data>/db}, Flyway migrations
 * in {@code db/migration}). The matcher ({@code dev.signaldesk.indexer.alert}) is rebuilt from them
 * at start-up ({@link dev.signaldesk.api.alerts.AlertsStartup}) and then listens to the index's
 * commits, so every newly indexed report (crawl, import; not a reindex) is matched.
 *
 * <p>The outbox. {@link dev.signaldesk.api.alerts.MatchStore} records a match once per (saved
 * query, story or document) under a unique constraint, and in the same transaction a pending
 * webhook delivery for queries that have a webhook. Everything downstream reads that table: the
 * JSON matches with a cursor (the match's {@code seq}), the Atom feed, the SSE stream (woken by
 * {@link dev.signaldesk.api.alerts.MatchBroadcaster}, replaying after {@code Last-Event-ID}) and
 * the {@link dev.signaldesk.api.alerts.WebhookDispatcher}, which retries with exponential backoff.
 * Because the state is in the database, a restart neither repeats an alert nor loses a pending
 * delivery: delivery is at least once, and the delivery id lets receivers drop repeats.
 *
 * <p>Webhook targets pass {@link dev.signaldesk.api.alerts.WebhookTargetGuard} when saved and
 * before every attempt, and {@link dev.signaldesk.api.alerts.WebhookSender} connects only to the
 * addresses that check resolved (no second lookup for DNS rebinding to exploit); bodies are signed
 * with a per-query secret ({@link dev.signaldesk.api.alerts.WebhookSigner}) that is shown once, at
 * creation.
 */
package dev.signaldesk.api.alerts;
