package dev.signaldesk.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BudgetTest {

  private static int count(Budget b) {
    while (b.next()) {
      // count the rounds granted
    }
    return b.rounds();
  }

  @Test
  void aLongWindowGrantsExactlyTheMaximumCount() {
    assertThat(count(Budget.of(7, Duration.ofHours(1), 1))).isEqualTo(7);
  }

  @Test
  void anElapsedWindowStillGrantsTheMinimumRounds() {
    assertThat(count(Budget.of(100, Duration.ZERO, 3))).isEqualTo(3);
  }

  @Test
  void aMinimumAboveTheMaximumIsRefused() {
    assertThatThrownBy(() -> Budget.of(2, Duration.ofSeconds(1), 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minRounds");
  }
}
