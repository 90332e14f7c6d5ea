package dev.signaldesk.indexer.index;

import dev.signaldesk.model.Report;
import java.util.List;

/** Told after each successful commit which reports became durable for the first time. */
@FunctionalInterface
public interface CommitListener {

  /**
   * @param newReports reports that were not stored before and are now committed, in upsert order (a
   *     report upserted twice since the last commit appears once, in its latest version); never
   *     empty
   */
  void committed(List<Report> newReports);

  /**
   * As {@link #committed}, with the document each report was indexed as, for listeners that would
   * otherwise build it again (alert matching). The index calls this method; by default it hands the
   * reports alone to {@link #committed}.
   */
  default void committedIndexed(List<IndexedReport> newReports) {
    committed(newReports.stream().map(IndexedReport::report).toList());
  }
}
