package dev.signaldesk.indexer.signal.sentiment;

import java.util.List;

/**
 * Market sentiment of a text in [-1, 1] (bearish to bullish) with the terms behind it.
 *
 * @param score tanh of the summed contributions: 0 when no lexicon term appears
 * @param terms each contributing term with its signed contribution
 */
public record Sentiment(double score, List<Contribution> terms) {
  public Sentiment {
    terms = List.copyOf(terms);
  }

  /**
   * One term's share of the score.
   *
   * @param term the lexicon term
   * @param weight signed contribution (negative is bearish)
   * @param negated the term was negated, which flipped and halved its weight
   * @param intensity the intensifier factor applied (1 if none)
   */
  public record Contribution(String term, double weight, boolean negated, double intensity) {}
}
