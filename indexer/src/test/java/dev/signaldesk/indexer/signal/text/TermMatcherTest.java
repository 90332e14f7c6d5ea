package dev.signaldesk.indexer.signal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermMatcherTest {

  private final TermMatcher matcher =
      new TermMatcher(
          List.of("sell", "sell off", "抛售", "抛", "Dump"), List.of("没有", "no"), Map.of("大幅", 1.5));

  @Test
  void longestTermWinsAndShorterOneIsTriedWhenTheLongerIsNoWholeWord() {
    assertThat(terms("they sell off GPUs")).containsExactly("sell off");
    assertThat(terms("sell offs and more")).containsExactly("sell");
    assertThat(terms("机房抛售H100")).containsExactly("抛售");
  }

  @Test
  void latinTermsMatchOnlyAsWholeWordsAndIgnoreCase() {
    assertThat(terms("a dumpling stall")).isEmpty();
    assertThat(terms("DUMP it")).containsExactly("dump");
  }

  @Test
  void hitsCarryOffsetsNegationAndIntensity() {
    List<TermHit> hits = matcher.find("没有抛售，大幅抛售");

    assertThat(hits).hasSize(2);
    assertThat(hits.get(0).negated()).isTrue();
    assertThat(hits.get(1).negated()).isFalse();
    assertThat(hits.get(1).intensity()).isEqualTo(1.5);
    assertThat(hits.get(1).start()).isEqualTo(7);
  }

  private List<String> terms(String text) {
    return matcher.find(text).stream().map(TermHit::term).toList();
  }
}
