package dev.signaldesk.indexer.signal.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.config.ConfigLoader;
import org.junit.jupiter.api.Test;

class SentimentScorerTest {
  private final SentimentScorer s = new SentimentScorer(new ConfigLoader().defaults().signals());

  @Test
  void bearishWordsScoreBelowZeroAndNameTheirTerms() {
    Sentiment x = s.score("H100租金暴跌，大量算力闲置。");
    assertThat(x.score()).isLessThan(-0.5);
    assertThat(x.terms()).extracting(Sentiment.Contribution::term).contains("暴跌", "闲置");
  }

  @Test
  void negationFlipsAndWeakensATerm() {
    double plain = s.score("租金暴跌").score();
    Sentiment negated = s.score("租金没有暴跌");
    assertThat(negated.score()).isGreaterThan(0).isLessThan(-plain);
    assertThat(negated.terms().get(0).negated()).isTrue();
  }

  @Test
  void intensifierStrengthensATerm() {
    assertThat(s.score("价格大幅下跌").score()).isLessThan(s.score("价格下跌").score());
    assertThat(s.score("prices fell, a very severe glut").score()).isLessThan(0);
  }

  @Test
  void textWithoutLexiconTermsIsNeutral() {
    Sentiment x = s.score("今天天气不错。");
    assertThat(x.score()).isZero();
    assertThat(x.terms()).isEmpty();
  }

  @Test
  void bullishWordsScoreAboveZero() {
    assertThat(s.score("H20供不应求，多家厂商涨价").score()).isGreaterThan(0.5);
  }

  @Test
  void scoresEachSentenceOnItsOwn() {
    var parts = s.bySentence("H100租金暴跌。H20供不应求。");
    assertThat(parts).hasSize(2);
    assertThat(parts.get(0).sentiment().score()).isLessThan(0);
    assertThat(parts.get(1).sentiment().score()).isGreaterThan(0);
    assertThat(parts.get(1).start()).isEqualTo("H100租金暴跌。".length());
  }
}
