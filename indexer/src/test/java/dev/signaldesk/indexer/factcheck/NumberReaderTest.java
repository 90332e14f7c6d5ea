package dev.signaldesk.indexer.factcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NumberReaderTest {

  static Stream<Arguments> spellings() {
    return Stream.of(
        Arguments.of("高达80%的算力闲置", 80, true),
        Arguments.of("有八成算力闲置", 80, true),
        Arguments.of("百分之八十的机柜空着", 80, true),
        Arguments.of("up to 80 percent sits idle", 80, true),
        Arguments.of("月租18万元", 180_000, false),
        Arguments.of("180,000 yuan a month", 180_000, false),
        Arguments.of("降至7.5万元/月", 75_000, false),
        Arguments.of("75,000 yuan", 75_000, false),
        Arguments.of("75 thousand yuan", 75_000, false),
        Arguments.of("收 14w/月", 140_000, false));
  }

  @ParameterizedTest
  @MethodSource("spellings")
  void normalisesEverySpellingToOneValue(String text, double value, boolean percent) {
    assertThat(NumberReader.read(text))
        .anySatisfy(
            n -> {
              assertThat(n.value()).isEqualTo(value);
              assertThat(n.percent()).isEqualTo(percent);
            });
  }

  @Test
  void modelNamesAreNotNumbers() {
    assertThat(NumberReader.read("H100和A800以及RTX4090")).isEmpty();
  }

  @Test
  void aPercentageNeverMatchesAPlainNumber() {
    ClaimNumber pct = NumberReader.read("80%").get(0);
    ClaimNumber plain = NumberReader.read("80台").get(0);
    assertThat(pct.matches(plain)).isFalse();
    assertThat(pct.matches(NumberReader.read("八成").get(0))).isTrue();
  }

  @Test
  void smallBareNumbersAreNotKeyNumbers() {
    List<ClaimNumber> n = NumberReader.read("8卡服务器月租18万元");
    assertThat(n).extracting(ClaimNumber::value).containsExactly(8.0, 180_000.0);
    assertThat(n).extracting(ClaimNumber::isKey).containsExactly(false, true);
  }
}
