package dev.signaldesk.indexer.signal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodGroupsTest {

  private static long day(String iso) {
    return LocalDate.parse(iso).toEpochDay();
  }

  private static List<List<Integer>> rows(PeriodGroups g) {
    List<List<Integer>> out = new ArrayList<>();
    for (int p = 0; p < g.count(); p++) {
      List<Integer> rows = new ArrayList<>();
      for (int k = 0; k < g.size(p); k++) {
        rows.add(g.row(p, k));
      }
      out.add(rows);
    }
    return out;
  }

  @Test
  void rowsAreGroupedByIsoWeekOldestFirstInIndexOrderWithinAWeek() {
    long[] days = {
      day("2025-03-12"), day("2025-03-03"), day("2025-03-10"), day("2025-03-16"), day("2025-03-04")
    };
    PeriodGroups g = PeriodGroups.of(days, days.length, Interval.WEEK);
    assertThat(g.starts()).containsExactly(day("2025-03-03"), day("2025-03-10"));
    assertThat(rows(g)).containsExactly(List.of(1, 4), List.of(0, 2, 3));
    assertThat(g.find(day("2025-03-10"))).isEqualTo(1);
    assertThat(g.find(day("2025-03-11"))).isEqualTo(-1);
  }

  @Test
  void daysCenturiesApartAreGroupedTheSameWayAsNearbyOnes() {
    long[] days = {day("2025-03-12"), day("1900-01-15"), day("2400-02-01"), day("2025-03-01")};
    PeriodGroups g = PeriodGroups.of(days, days.length, Interval.MONTH);
    assertThat(g.starts()).containsExactly(day("1900-01-01"), day("2025-03-01"), day("2400-02-01"));
    assertThat(rows(g)).containsExactly(List.of(1), List.of(0, 3), List.of(2));
  }

  @Test
  void noRowsMeanNoPeriods() {
    PeriodGroups g = PeriodGroups.of(new long[8], 0, Interval.DAY);
    assertThat(g.count()).isZero();
  }
}
