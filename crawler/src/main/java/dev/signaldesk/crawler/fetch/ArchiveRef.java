package dev.signaldesk.crawler.fetch;

/**
 * Where one response was archived.
 *
 * @param warcFile file name relative to {@code <data>/archive}
 * @param recordId the response record's {@code WARC-Record-ID}, e.g. {@code <urn:uuid:...>}
 */
public record ArchiveRef(String warcFile, String recordId) {}
