package dev.signaldesk.indexer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SegmentationCacheTest {

  @Test
  void repeatedRunIsSegmentedAsTheFirstTime() {
    SegmentationCache cache = new SegmentationCache();
    int[] first = cache.segment("整机租赁价格继续下跌");

    assertThat(cache.segment("整机租赁价格继续下跌")).isEqualTo(first);
    assertThat(words("整机租赁价格继续下跌", first)).startsWith("整机", "租赁", "价格");
  }

  @Test
  void runsEvictedFromAFullCacheAreSegmentedAgainTheSame() {
    SegmentationCache cache = new SegmentationCache();
    int[] before = cache.segment("闲置集群继续增加");
    for (int i = 0; i < SegmentationCache.MAX_ENTRIES + 10; i++) {
      cache.segment("算力" + (char) ('一' + i) + "市场");
    }

    assertThat(cache.segment("闲置集群继续增加")).isEqualTo(before);
  }

  @Test
  void longRunsAreSegmentedWithoutTheCache() {
    SegmentationCache cache = new SegmentationCache();
    String run = "本周".repeat(SegmentationCache.MAX_RUN_CHARS);

    assertThat(cache.segment(run)).isEqualTo(cache.segment(run)).isNotSameAs(cache.segment(run));
  }

  private static String[] words(String run, int[] bounds) {
    String[] out = new String[bounds.length / 2];
    for (int k = 0; k < out.length; k++) {
      out[k] = run.substring(bounds[2 * k], bounds[2 * k + 1]);
    }
    return out;
  }
}
