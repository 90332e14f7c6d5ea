/**
 * {@code GET /api/fact-check}: a thin controller over {@link
 * dev.signaldesk.indexer.factcheck.FactChecker}, which does the work in plain Java. The controller
 * only translates a bad claim into a 400 problem and hides chat passages from callers who may not
 * read chat (recomputing the earliest source from what remains, so it cannot leak a hidden one).
 */
package dev.signaldesk.api.factcheck;
