package dev.signaldesk.indexer.signal.index;

import dev.signaldesk.indexer.index.ReportIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Mean market sentiment per period from the report documents' doc values. */
public final class SentimentService {
  private final ReportIndex index;

  public SentimentService(ReportIndex index) {
    this.index = index;
  }

  /** Periods over reports published in {@code [from, to]} (inclusive; null for open). */
  public List<SentimentPoint> series(Interval interval, LocalDate from, LocalDate to) {
    List<SentimentPoint> out = new ArrayList<>();
    ReportSignalScan.scan(index, interval, from, to)
        .forEach(
            (period, rows) -> {
              double sum = 0;
              int up = 0;
              int down = 0;
              for (ReportSignalScan.Row r : rows) {
                sum += r.sentiment();
                up += r.sentiment() > 0 ? 1 : 0;
                down += r.sentiment() < 0 ? 1 : 0;
              }
              out.add(new SentimentPoint(period, sum / rows.size(), rows.size(), up, down));
            });
    return out;
  }
}
