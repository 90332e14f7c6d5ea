package dev.signaldesk.crawler.reliability;

import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportSink;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps what a crawl or import hands over, so that its summary can be checked against it. */
public final class MemorySink implements ReportSink {

  private final Map<String, Report> reports = new ConcurrentHashMap<>();

  @Override
  public void upsert(Report report) {
    reports.put(report.id(), report);
  }

  @Override
  public boolean contains(String id) {
    return reports.containsKey(id);
  }

  @Override
  public void commit() {}

  /** Every report received, keyed by id. */
  public Map<String, Report> reports() {
    return reports;
  }
}
