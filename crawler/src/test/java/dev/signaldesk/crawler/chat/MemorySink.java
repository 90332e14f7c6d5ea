package dev.signaldesk.crawler.chat;

import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportSink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A sink that keeps reports in memory, in arrival order, and records commits. */
class MemorySink implements ReportSink {

  final Map<String, Report> reports = new LinkedHashMap<>();
  int commits;
  int committedCount;

  @Override
  public void upsert(Report report) {
    reports.put(report.id(), report);
  }

  @Override
  public boolean contains(String id) {
    return reports.containsKey(id);
  }

  @Override
  public void commit() {
    commits++;
    committedCount = reports.size();
  }

  List<Report> list() {
    return new ArrayList<>(reports.values());
  }

  Report withText(String fragment) {
    return reports.values().stream()
        .filter(r -> r.text().contains(fragment))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no report contains: " + fragment));
  }
}
