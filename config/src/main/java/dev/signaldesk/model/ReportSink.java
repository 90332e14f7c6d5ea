package dev.signaldesk.model;

import java.util.Optional;

/**
 * Where fetched and imported reports go. The index implements it; crawlers and importers only see
 * this interface, which keeps data flowing one way (source → sink).
 */
public interface ReportSink {

  /** Adds the report, or replaces the one with the same id. Not durable until {@link #commit()}. */
  void upsert(Report report);

  /** True if a report with this id is already stored (committed or not). */
  boolean contains(String id);

  /**
   * The stored report with this id, if the sink can read it back. A crawl resumed after a crash
   * uses it to learn the content digest of a report committed just before the crash, so that a copy
   * of it under another URL is still recognised as a duplicate. Default: unknown (empty).
   */
  default Optional<Report> get(String id) {
    return Optional.empty();
  }

  /** Makes every report accepted so far durable: after it returns, a crash loses none of them. */
  void commit();
}
