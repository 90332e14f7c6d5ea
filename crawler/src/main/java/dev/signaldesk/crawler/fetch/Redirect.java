package dev.signaldesk.crawler.fetch;

import java.net.URI;

/**
 * One redirect hop followed.
 *
 * @param from the URL that answered with a redirect
 * @param status 301, 302, 303, 307 or 308
 * @param to the resolved {@code Location}
 * @param archive where the redirect response was archived (null if not archived)
 */
public record Redirect(URI from, int status, URI to, ArchiveRef archive) {}
