package dev.signaldesk.crawler.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TradeOfferTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "NULL",
      value = {
        "出 H100 8卡整机, SELL",
        "  出A800 两台 急出, SELL",
        "收 4090 五十张, BUY",
        "求购 910B 整机, BUY",
        "WTS 16x H100, SELL",
        "wtb 8 B200 nodes, BUY",
        "出现了很多闲置算力, NULL",
        "收到，谢谢, NULL",
        "收益率太低了, NULL",
        "现在出 H100 吗, NULL",
      })
  void followsTheTradeChatConvention(String text, String expected) {
    assertThat(TradeOffer.of(text)).isEqualTo(expected);
  }
}
