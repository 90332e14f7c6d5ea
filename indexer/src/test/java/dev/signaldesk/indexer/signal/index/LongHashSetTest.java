package dev.signaldesk.indexer.signal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LongHashSetTest {

  @Test
  void countsDistinctValuesLikeAHashSetThroughGrowthIncludingZero() {
    LongHashSet set = new LongHashSet(4);
    Set<Long> expected = new HashSet<>();
    Random random = new Random(7);
    for (int i = 0; i < 5_000; i++) {
      long v = i % 3 == 0 ? random.nextInt(50) : random.nextLong();
      assertThat(set.add(v)).isEqualTo(expected.add(v));
    }
    assertThat(set.size()).isEqualTo(expected.size());
  }

  @Test
  void clearForgetsEveryValue() {
    LongHashSet set = new LongHashSet(4);
    set.add(0);
    set.add(42);
    set.clear();
    assertThat(set.size()).isZero();
    assertThat(set.add(0)).isTrue();
    assertThat(set.add(42)).isTrue();
  }
}
