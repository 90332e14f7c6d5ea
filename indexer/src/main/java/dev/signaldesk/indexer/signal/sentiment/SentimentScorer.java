package dev.signaldesk.indexer.signal.sentiment;

import dev.signaldesk.config.SignalsConfig;
import dev.signaldesk.indexer.signal.text.Sentence;
import dev.signaldesk.indexer.signal.text.SentenceSplitter;
import dev.signaldesk.indexer.signal.text.TermHit;
import dev.signaldesk.indexer.signal.text.TermMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores compute-market sentiment from the configured lexicon ({@code signals.bearish-terms},
 * {@code bullish-terms}). A term's weight is multiplied by an intensifier just before it ("大幅下跌",
 * "sharply"); a negated term ("没有暴跌", "no shortage") counts half as much the other way, since "not
 * falling" is weaker news than "rising". The sum is squashed with tanh into [-1, 1].
 */
public final class SentimentScorer {
  private final TermMatcher matcher;
  private final Map<String, Double> weights = new HashMap<>();

  public SentimentScorer(SignalsConfig config) {
    config.bearishTerms().forEach((t, w) -> weights.put(t.toLowerCase(Locale.ROOT), -w));
    config.bullishTerms().forEach((t, w) -> weights.put(t.toLowerCase(Locale.ROOT), w));
    this.matcher = new TermMatcher(weights.keySet(), config.negations(), config.intensifiers());
  }

  /** One sentence's score, with its offsets in the whole text. */
  public record SentenceSentiment(String sentence, int start, int end, Sentiment sentiment) {}

  /** Scores each sentence of {@code text} on its own. */
  public List<SentenceSentiment> bySentence(String text) {
    List<SentenceSentiment> out = new ArrayList<>();
    for (Sentence s : SentenceSplitter.split(text)) {
      out.add(new SentenceSentiment(s.text(), s.start(), s.end(), score(s.text())));
    }
    return out;
  }

  /** Scores the whole of {@code text} as one unit (a document or a chat message). */
  public Sentiment score(String text) {
    List<Sentiment.Contribution> terms = new ArrayList<>();
    double sum = 0;
    for (TermHit h : matcher.find(text)) {
      double w = weights.get(h.term()) * h.intensity();
      if (h.negated()) {
        w = -w / 2;
      }
      sum += w;
      terms.add(new Sentiment.Contribution(h.term(), w, h.negated(), h.intensity()));
    }
    return new Sentiment(Math.tanh(sum), terms);
  }
}
