package dev.signaldesk.indexer.signal.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IntervalTest {

  @ParameterizedTest
  @EnumSource(Interval.class)
  void periodStartAndKeyAgreeForEveryDayOfTwoYears(Interval interval) {
    for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() < 2026; d = d.plusDays(1)) {
      LocalDate start = LocalDate.ofEpochDay(interval.periodStart(d.toEpochDay()));
      String key = interval.key(d);
      assertThat(interval.key(start)).isEqualTo(key);
      assertThat(interval.start(key)).isEqualTo(start);
      assertThat(interval.next(start)).isAfter(d);
    }
  }

  @ParameterizedTest
  @EnumSource(Interval.class)
  void badPeriodKeysNameTheParameter(Interval interval) {
    assertThatThrownBy(() -> interval.start("March")).hasMessageContaining("'period'");
  }
}
