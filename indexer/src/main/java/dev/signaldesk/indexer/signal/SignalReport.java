package dev.signaldesk.indexer.signal;

import dev.signaldesk.indexer.signal.entity.Entities;
import dev.signaldesk.indexer.signal.price.PriceChange;
import dev.signaldesk.indexer.signal.price.PriceMention;
import dev.signaldesk.indexer.signal.sentiment.Sentiment;
import dev.signaldesk.indexer.signal.side.OfferSide;
import java.util.List;
import java.util.Locale;

/**
 * Everything the signal extractors found in one text. Serialises to JSON with these names.
 *
 * @param prices price mentions, excluded ones included (see {@link PriceMention#excluded()})
 * @param changes price movements stated without a price (腰斩, doubled)
 * @param side the offer side of the whole text
 * @param sideTerms the words that decided the side
 * @param sellTalk true if the text uses sell-off vocabulary (not negated) anywhere
 * @param sentiment market sentiment with its terms
 * @param entities GPU models, regions and companies
 */
public record SignalReport(
    List<PriceMention> prices,
    List<PriceChange> changes,
    OfferSide side,
    List<String> sideTerms,
    boolean sellTalk,
    Sentiment sentiment,
    Entities entities) {

  public SignalReport {
    prices = List.copyOf(prices);
    changes = List.copyOf(changes);
    sideTerms = List.copyOf(sideTerms);
  }

  /** A readable summary for the CLI: one line per price, then side, sentiment and entities. */
  public String format() {
    StringBuilder b = new StringBuilder();
    for (PriceMention p : prices) {
      b.append(
          String.format(
              Locale.ROOT,
              "%s %-11s %-4s %s%s %s %s -> %.2f CNY / %.2f USD %s (ref %s, %s)%s%n",
              p.excluded() ? "x" : "*",
              p.model(),
              p.kind(),
              p.bound() == null ? "" : p.bound().name().toLowerCase(Locale.ROOT) + " ",
              p.low() == null ? num(p.value()) : num(p.low()) + "-" + num(p.high()),
              p.currency(),
              p.basis().name().toLowerCase(Locale.ROOT).replace('_', ' '),
              p.cny(),
              p.usd(),
              p.kind().name().equals("RENT") ? "per GPU-hour" : "per GPU",
              p.refDate(),
              p.rule(),
              p.excluded() ? "  EXCLUDED: " + p.excludedReason() : ""));
    }
    for (PriceChange c : changes) {
      b.append(
          String.format(
              Locale.ROOT,
              "~ %s %s %s%s%n",
              c.model() == null ? "(no model)" : c.model(),
              c.direction(),
              c.term(),
              c.factor() == null ? "" : " x" + c.factor()));
    }
    b.append("side: ").append(side);
    if (!sideTerms.isEmpty()) {
      b.append(' ').append(sideTerms);
    }
    b.append(String.format(Locale.ROOT, "%nsentiment: %+.2f", sentiment.score()));
    sentiment
        .terms()
        .forEach(t -> b.append(String.format(Locale.ROOT, " %s(%+.2f)", t.term(), t.weight())));
    b.append(
        String.format(
            Locale.ROOT,
            "%nmodels: %s  regions: %s  companies: %s%n",
            entities.models(),
            entities.regions(),
            entities.companies()));
    return b.toString();
  }

  private static String num(double v) {
    return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.valueOf(v);
  }
}
