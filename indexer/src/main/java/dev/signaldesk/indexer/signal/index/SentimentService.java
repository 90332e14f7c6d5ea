package dev.signaldesk.indexer.signal.index;

import dev.signaldesk.indexer.index.ReportIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Mean market sentiment per period from the report documents' doc values. */
public final class SentimentService {
  private final ReportSignalScan scan;

  public SentimentService(ReportIndex index) {
    this.scan = new ReportSignalScan(index);
  }

  /** Periods over reports published in {@code [from, to]} (inclusive; null for open). */
  public List<SentimentPoint> series(Interval interval, LocalDate from, LocalDate to) {
    List<SentimentPoint> out = new ArrayList<>();
    scan.scan(interval, from, to)
        .forEach(
            (period, s) ->
                out.add(
                    new SentimentPoint(
                        period, s.sentimentSum() / s.reports(), s.reports(), s.up(), s.down())));
    return out;
  }
}
