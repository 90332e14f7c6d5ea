package dev.signaldesk.indexer.signal;

import dev.signaldesk.config.SignalsConfig;
import dev.signaldesk.indexer.signal.entity.EntityExtractor;
import dev.signaldesk.indexer.signal.price.PriceExtraction;
import dev.signaldesk.indexer.signal.price.PriceMentionExtractor;
import dev.signaldesk.indexer.signal.sentiment.SentimentScorer;
import dev.signaldesk.indexer.signal.side.OfferSideClassifier;
import dev.signaldesk.indexer.signal.side.SideVerdict;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The entry point for signal extraction: prices, offer side, sentiment and entities of one text.
 * Thread-safe; build one per configuration and share it.
 */
public final class SignalExtractor {
  private final PriceMentionExtractor prices;
  private final OfferSideClassifier side;
  private final SentimentScorer sentiment;
  private final EntityExtractor entities;

  public SignalExtractor(SignalsConfig config) {
    Objects.requireNonNull(config, "The 'config' parameter must not be null.");
    this.prices = new PriceMentionExtractor(config);
    this.side = new OfferSideClassifier(config);
    this.sentiment = new SentimentScorer(config);
    this.entities = new EntityExtractor(config);
  }

  /**
   * Analyses {@code text}.
   *
   * @param docDate the document's date: prices without a stated date refer to it, and relative
   *     dates ("去年", "last month") are resolved against it
   */
  public SignalReport analyse(String text, LocalDate docDate) {
    Objects.requireNonNull(docDate, "The 'docDate' parameter must not be null.");
    String t = text == null ? "" : text;
    PriceExtraction p = prices.extract(t, docDate);
    SideVerdict s = side.classifyDocument(t);
    return new SignalReport(
        p.prices(),
        p.changes(),
        s.side(),
        s.terms(),
        side.talksAboutSelling(t),
        sentiment.score(t),
        entities.extract(t));
  }

  /** The side classifier, for callers that classify single chat messages. */
  public OfferSideClassifier sides() {
    return side;
  }
}
