package dev.signaldesk.indexer.signal.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "abc",
        BODY,
        "emoji 😀 in the middle of 文本 and more text after it",
        "lone \uD83D high and \uDE00 low surrogates, ünïcödé",
        "😀😀😀😀😀"
      })
  void hashesAreThoseOfTheUtf8BytesOfEachShingleSoStoredHashesStayValid(String text) {
    String t = SimHash.normalise(text);
    assertThat(SimHash.hash64(text)).isEqualTo(fnvOfBytes(text));
    assertThat(SimHash.of(text)).isEqualTo(simHashOfSubstrings(t));
  }

  /** SimHash as first written: a substring per shingle, hashed over its UTF-8 bytes. */
  private static long simHashOfSubstrings(String t) {
    if (t.length() < 4) {
      return fnvOfBytes(t);
    }
    int[] votes = new int[64];
    for (int i = 0; i + 4 <= t.length(); i++) {
      long h = fnvOfBytes(t.substring(i, i + 4));
      for (int b = 0; b < 64; b++) {
        votes[b] += ((h >>> b) & 1) == 1 ? 1 : -1;
      }
    }
    long out = 0;
    for (int b = 0; b < 64; b++) {
      if (votes[b] > 0) {
        out |= 1L << b;
      }
    }
    return out;
  }

  private static long fnvOfBytes(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  @Test
  void bandsSplitTheHashIntoFourSixteenBitKeys() {
    long h = 0x0123_4567_89AB_CDEFL;
    assertThat(StoryResolver.bands(h)).containsExactly("0:cdef", "1:89ab", "2:4567", "3:0123");
  }
}
