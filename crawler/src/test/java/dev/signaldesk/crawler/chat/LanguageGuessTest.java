package dev.signaldesk.crawler.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuessTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "出 H100 8卡整机 7.5w, zh",
    "今天4090又降了, zh",
    "WTS 8x H100 PCIe nodes, en",
    "Market update: 智算中心 utilisation is under 30 percent across the region, en",
    "+1, en",
  })
  void guessesByTheShareOfHanCharacters(String text, String expected) {
    assertThat(LanguageGuess.of(text)).isEqualTo(expected);
  }
}
