/**
 * Where a document came from. {@code GET /api/documents/{id}} carries the provenance (URL,
 * canonical URL, fetch time, digest, WARC file and record id, or import file, format and line);
 * {@link dev.signaldesk.api.provenance.SnapshotController} serves the archived response behind it
 * as an inert attachment ({@code Content-Disposition: attachment}, {@code nosniff}, {@code
 * Content-Security-Policy: sandbox}), never as active HTML from our origin. Demo documents have
 * synthetic archive records (see {@code dev.signaldesk.api.demo}), so their snapshots work too.
 */
package dev.signaldesk.api.provenance;
