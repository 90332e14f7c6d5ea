package dev.signaldesk.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatencyRecorderTest {

  @Test
  void percentilesUseNearestRank() {
    LatencyRecorder r = new LatencyRecorder();
    for (int ms = 100; ms >= 1; ms--) {
      r.record(ms * 1_000_000L);
    }
    assertThat(r.percentileMillis(50)).isEqualTo(50.0);
    assertThat(r.percentileMillis(99)).isEqualTo(99.0);
    assertThat(r.percentileMillis(100)).isEqualTo(100.0);
    assertThat(r.perSecond()).isCloseTo(100 / 5.05, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void mergedRecordersKeepEverySample() {
    LatencyRecorder a = new LatencyRecorder();
    LatencyRecorder b = new LatencyRecorder();
    for (int i = 0; i < 3000; i++) {
      a.record(1_000_000);
      b.record(3_000_000);
    }
    a.merge(b);
    assertThat(a.count()).isEqualTo(6000);
    assertThat(a.percentileMillis(50)).isEqualTo(1.0);
    assertThat(a.percentileMillis(51)).isEqualTo(3.0);
  }

  @Test
  void emptyRecorderHasNoPercentileAndBadPercentileIsRefused() {
    assertThat(new LatencyRecorder().percentileMillis(50)).isNaN();
    assertThatThrownBy(() -> new LatencyRecorder().percentileMillis(0))
        .hasMessageContaining("'p' parameter");
  }
}
