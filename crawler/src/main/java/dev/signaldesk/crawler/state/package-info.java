/**
 * Per-URL crawl state in a relational database through plain JDBC: status ({@link
 * dev.signaldesk.crawler.state.UrlStatus}), validators for conditional GETs, content digest,
 * attempts and last error, next fetch time and the WARC pointer of the last response.
 *
 * <p>H2 in a file under {@code <data>/crawl-state} by default (written through on every commit, so
 * a SIGKILL loses nothing committed); {@code crawler.state-jdbc-url} points it elsewhere. Flyway
 * owns the schema ({@code db/crawl}, history table {@code crawl_schema_history}); the SQL avoids
 * vendor syntax (times are epoch milliseconds, upsert is update-then-insert) so PostgreSQL runs the
 * same migrations.
 */
package dev.signaldesk.crawler.state;
