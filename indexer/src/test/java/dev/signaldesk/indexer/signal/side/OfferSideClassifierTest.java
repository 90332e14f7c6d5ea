package dev.signaldesk.indexer.signal.side;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.config.ConfigLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfferSideClassifierTest {
  private final OfferSideClassifier c =
      new OfferSideClassifier(new ConfigLoader().defaults().signals());

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "出8卡H100整机，210w | SELL",
        "收4090，1.6w一张 | BUY",
        "求购H20 50张 | BUY",
        "多家机房开始抛售闲置的A800服务器 | SELL",
        "市场上并没有抛售，价格很稳 | NEUTRAL",
        "Distressed operators unload H100 clusters at below-market rates | SELL",
        "No one is selling H100s right now | NEUTRAL",
        "运营商正在扫货，抢购H20 | BUY",
        "出现了新的H100报价 | NEUTRAL",
        "收到大家的反馈，谢谢 | NEUTRAL",
      })
  void classifiesSideWithChatConventionsAndNegation(String text, OfferSide expected) {
    assertThat(c.classify(text).side()).isEqualTo(expected);
  }
}
