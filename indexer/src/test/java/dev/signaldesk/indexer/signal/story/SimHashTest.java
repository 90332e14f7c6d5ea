package dev.signaldesk.indexer.signal.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimHashTest {
  static final String BODY =
      "过去一年，国内智算中心的GPU租赁价格持续下行。多位算力经纪人表示，8卡H100整机的月租已从高峰期的18万元回落到7.5万元左右，"
          + "部分机房为了回笼资金，开始以低于市场价的方式转让设备。业内人士认为，供给过剩叠加需求放缓，是价格下跌的主要原因，"
          + "而今年以来部分头部厂商又开始小幅上调报价，市场出现分化。";

  @Test
  void repostWithAddedHeaderAndTailStaysWithinThreeBits() {
    String repost = "原标题：算力租赁价格观察\n" + BODY + "\n本文来自微信公众号“某科技观察”，作者：张三，36氪经授权发布。";
    assertThat(SimHash.distance(SimHash.of(BODY), SimHash.of(repost))).isLessThanOrEqualTo(3);
  }

  @Test
  void differentArticlesAreFarApart() {
    String other =
        "英伟达发布了新一代B200芯片，单卡算力大幅提升。多家云厂商宣布将在明年上线基于B200的实例，价格尚未公布，"
            + "分析师预计其租赁价格将显著高于H100，初期供应紧张，交付周期可能超过半年。";
    assertThat(SimHash.distance(SimHash.of(BODY), SimHash.of(other))).isGreaterThan(10);
  }

  @Test
  void bandsSplitTheHashIntoFourSixteenBitKeys() {
    long h = 0x0123_4567_89AB_CDEFL;
    assertThat(StoryResolver.bands(h)).containsExactly("0:cdef", "1:89ab", "2:4567", "3:0123");
  }
}
