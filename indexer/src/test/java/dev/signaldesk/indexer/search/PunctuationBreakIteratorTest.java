package dev.signaldesk.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PunctuationBreakIteratorTest {

  private static List<String> sentences(String text) {
    BreakIterator it = new PunctuationBreakIterator();
    it.setText(text);
    List<String> out = new ArrayList<>();
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      out.add(text.substring(start, end));
    }
    return out;
  }

  @Test
  void chineseSentencesEndAtFullWidthPunctuationWithTheirClosingQuotes() {
    assertThat(sentences("租金暴跌了。交易员说“都在卖！”还有人问？最后一句"))
        .containsExactly("租金暴跌了。", "交易员说“都在卖！”", "还有人问？", "最后一句");
  }

  @Test
  void englishSentencesEndAtAPeriodFollowedBySpaceButNotInsideANumber() {
    assertThat(sentences("Prices fell to 12.8 yuan. Traders sold; others waited.\nNext line"))
        .containsExactly(
            "Prices fell to 12.8 yuan. ", "Traders sold; ", "others waited.\n", "Next line");
  }

  @Test
  void textWithoutPunctuationIsOneSentenceAndEmptyTextHasNone() {
    assertThat(sentences("出8卡A800整机 230w 可看货")).containsExactly("出8卡A800整机 230w 可看货");
    assertThat(sentences("")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    // offset, following, preceding  (text: "一。二。三" bounds 0, 2, 4, 5)
    "0, 2, -1",
    "1, 2, 0",
    "2, 4, 0",
    "3, 4, 2",
    "4, 5, 2",
    "5, -1, 4"
  })
  void followingAndPrecedingFindTheNearestBoundaryStrictlyBeyondTheOffset(
      int offset, int following, int preceding) {
    BreakIterator it = new PunctuationBreakIterator();
    it.setText("一。二。三");
    assertThat(it.following(offset)).isEqualTo(following);
    assertThat(it.preceding(offset)).isEqualTo(preceding);
  }

  @Test
  void navigationMatchesTheBreakIteratorContract() {
    BreakIterator it = new PunctuationBreakIterator();
    it.setText("一。二。三");
    assertThat(it.last()).isEqualTo(5);
    assertThat(it.previous()).isEqualTo(4);
    assertThat(it.current()).isEqualTo(4);
    assertThat(it.next(-2)).isEqualTo(0);
    assertThat(it.previous()).isEqualTo(BreakIterator.DONE);
    assertThat(it.next(2)).isEqualTo(4);
    assertThat(it.isBoundary(2)).isTrue();
    assertThat(it.isBoundary(3)).isFalse();
    assertThatThrownBy(() -> it.following(6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offset 6");
  }
}
