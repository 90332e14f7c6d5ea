package dev.signaldesk.indexer.index;

import dev.signaldesk.model.Report;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;

/**
 * Reports upserted since the last commit, in upsert order, each with its indexed document and
 * whether it was new (not stored before) when first upserted in this batch. Thread-safe.
 */
final class PendingReports {

  private record Entry(IndexedReport indexed, boolean isNew) {
    Report report() {
      return indexed.report();
    }
  }

  /** A drained batch; {@link #newReports()} is what commit listeners hear. */
  static final class Batch {
    private final Map<String, Entry> entries;

    private Batch(Map<String, Entry> entries) {
      this.entries = entries;
    }

    List<Report> newReports() {
      return entries.values().stream().filter(Entry::isNew).map(Entry::report).toList();
    }

    List<IndexedReport> newIndexed() {
      return entries.values().stream().filter(Entry::isNew).map(Entry::indexed).toList();
    }
  }

  private Map<String, Entry> entries = new LinkedHashMap<>();

  /** Records an upsert; a report upserted again keeps its first "new" verdict. */
  synchronized void record(Report report, Document document, boolean isNew) {
    Entry earlier = entries.get(report.id());
    entries.put(
        report.id(),
        new Entry(new IndexedReport(report, document), earlier == null ? isNew : earlier.isNew()));
  }

  synchronized boolean contains(String id) {
    return entries.containsKey(id);
  }

  synchronized Optional<Report> get(String id) {
    Entry e = entries.get(id);
    return e == null ? Optional.empty() : Optional.of(e.report());
  }

  /** Takes everything recorded so far, leaving this empty. */
  synchronized Batch drain() {
    Batch batch = new Batch(entries);
    entries = new LinkedHashMap<>();
    return batch;
  }

  /** Puts back a batch whose commit failed, ahead of what was recorded since. */
  synchronized void restore(Batch batch) {
    Map<String, Entry> merged = new LinkedHashMap<>(batch.entries);
    for (Entry later : entries.values()) {
      Entry earlier = merged.get(later.report().id());
      merged.put(
          later.report().id(),
          new Entry(later.indexed(), earlier == null ? later.isNew() : earlier.isNew()));
    }
    entries = merged;
  }
}
