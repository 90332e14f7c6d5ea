package dev.signaldesk.model;

/**
 * Where fetched and imported reports go. The index implements it; crawlers and importers only see
 * this interface, which keeps data flowing one way (source → sink).
 */
public interface ReportSink {

  /** Adds the report, or replaces the one with the same id. Not durable until {@link #commit()}. */
  void upsert(Report report);

  /** True if a report with this id is already stored (committed or not). */
  boolean contains(String id);

  /** Makes every report accepted so far durable: after it returns, a crash loses none of them. */
  void commit();
}
