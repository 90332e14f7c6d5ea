package dev.signaldesk.indexer.signal.index;

import dev.signaldesk.indexer.index.ReportIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Sell-off pressure per period from the report documents' doc values. */
public final class SelloffService {
  private final ReportSignalScan scan;

  public SelloffService(ReportIndex index) {
    this.scan = new ReportSignalScan(index);
  }

  /** Periods over reports published in {@code [from, to]} (inclusive; null for open). */
  public List<SelloffPoint> series(Interval interval, LocalDate from, LocalDate to) {
    List<SelloffPoint> out = new ArrayList<>();
    scan.scan(interval, from, to)
        .forEach(
            (period, s) ->
                out.add(
                    new SelloffPoint(
                        period,
                        s.sell(),
                        s.buy(),
                        s.reports() - s.sell() - s.buy(),
                        s.buy() == 0 ? null : (double) s.sell() / s.buy(),
                        s.reports() == 0 ? 0 : (double) s.sellTalk() / s.reports())));
    return out;
  }
}
