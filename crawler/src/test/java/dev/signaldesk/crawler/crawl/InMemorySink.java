package dev.signaldesk.crawler.crawl;

import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportSink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A sink that keeps reports in memory and counts upserts and commits. */
final class InMemorySink implements ReportSink {
  final Map<String, Report> reports = new LinkedHashMap<>();
  final List<String> upserts = new ArrayList<>();
  int commits;

  @Override
  public synchronized void upsert(Report report) {
    reports.put(report.id(), report);
    upserts.add(report.id());
  }

  @Override
  public synchronized boolean contains(String id) {
    return reports.containsKey(id);
  }

  @Override
  public synchronized Optional<Report> get(String id) {
    return Optional.ofNullable(reports.get(id));
  }

  @Override
  public synchronized void commit() {
    commits++;
  }

  synchronized Report byUrl(String canonicalUrl) {
    return reports.values().stream()
        .filter(r -> canonicalUrl.equals(r.canonicalUrl()))
        .findFirst()
        .orElse(null);
  }
}
