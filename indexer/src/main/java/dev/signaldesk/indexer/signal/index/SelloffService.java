package dev.signaldesk.indexer.signal.index;

import dev.signaldesk.indexer.index.ReportIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Sell-off pressure per period from the report documents' doc values. */
public final class SelloffService {
  private final ReportIndex index;

  public SelloffService(ReportIndex index) {
    this.index = index;
  }

  /** Periods over reports published in {@code [from, to]} (inclusive; null for open). */
  public List<SelloffPoint> series(Interval interval, LocalDate from, LocalDate to) {
    List<SelloffPoint> out = new ArrayList<>();
    ReportSignalScan.scan(index, interval, from, to)
        .forEach(
            (period, rows) -> {
              int sell = 0;
              int buy = 0;
              int talk = 0;
              for (ReportSignalScan.Row r : rows) {
                sell += r.side() == 1 ? 1 : 0;
                buy += r.side() == 2 ? 1 : 0;
                talk += r.sellTalk() ? 1 : 0;
              }
              out.add(
                  new SelloffPoint(
                      period,
                      sell,
                      buy,
                      rows.size() - sell - buy,
                      buy == 0 ? null : (double) sell / buy,
                      rows.isEmpty() ? 0 : (double) talk / rows.size()));
            });
    return out;
  }
}
