package dev.signaldesk.api.signals;

import dev.signaldesk.indexer.signal.index.Receipt;
import dev.signaldesk.indexer.signal.index.SelloffPoint;
import dev.signaldesk.indexer.signal.index.SentimentPoint;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The JSON bodies of {@code /api/signals/*} that are not the indexer's records as they are. */
final class SignalViews {
  private SignalViews() {}

  /**
   * The observations behind one period of a price series.
   *
   * @param period the period key ({@code 2025-03}, {@code 2025-W11}, {@code 2025-03-12})
   * @param receipts cheapest first; duplicates and outliers are listed and marked
   */
  @Serdeable
  record ReceiptsView(
      String model,
      String kind,
      String interval,
      String period,
      String unit,
      List<ReceiptView> receipts) {}

  /**
   * One observation, with the sentence it came from and where the price sits in the report text
   * ({@code start}, {@code end}); times are ISO-8601 strings.
   */
  @Serdeable
  record ReceiptView(
      String reportId,
      String document,
      String title,
      String url,
      String publishedAt,
      String sentence,
      int start,
      int end,
      String rule,
      String basis,
      double value,
      String refDate,
      String story,
      String source,
      boolean duplicate,
      boolean outlier) {

    static ReceiptView of(Receipt r) {
      return new ReceiptView(
          r.reportId(),
          "/api/documents/" + r.reportId(),
          r.title(),
          r.url(),
          r.publishedAt() == null ? null : r.publishedAt().toString(),
          r.sentence(),
          r.start(),
          r.end(),
          r.rule(),
          r.basis(),
          r.value(),
          r.refDate() == null ? null : r.refDate().toString(),
          r.story(),
          r.source(),
          r.duplicate(),
          r.outlier());
    }
  }

  /** Sell-off pressure per period. */
  @Serdeable
  record SelloffView(String interval, List<SelloffPoint> series) {}

  /** Mean sentiment per period. */
  @Serdeable
  record SentimentView(String interval, List<SentimentPoint> series) {}
}
