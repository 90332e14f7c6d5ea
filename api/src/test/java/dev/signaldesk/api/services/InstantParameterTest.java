package dev.signaldesk.api.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InstantParameterTest {

  @Test
  void bareDateIsAWholeChinaDayBothEndsInclusive() {
    assertThat(InstantParameter.from("from", "2024-01-31"))
        .isEqualTo(Instant.parse("2024-01-30T16:00:00Z"));
    assertThat(InstantParameter.to("to", "2024-01-31"))
        .isEqualTo(Instant.parse("2024-01-31T15:59:59.999999999Z"));
  }

  @Test
  void instantsKeepTheirOffset() {
    assertThat(InstantParameter.from("from", "2024-01-31T16:00:00+08:00"))
        .isEqualTo(Instant.parse("2024-01-31T08:00:00Z"));
    assertThat(InstantParameter.to("to", "2024-01-31T08:00:00Z"))
        .isEqualTo(Instant.parse("2024-01-31T08:00:00Z"));
  }

  @Test
  void blankMeansNoBound() {
    assertThat(InstantParameter.from("from", " ")).isNull();
    assertThat(InstantParameter.to("to", null)).isNull();
  }

  @Test
  void nonsenseNamesTheParameterAndTheAcceptedForms() {
    assertThatThrownBy(() -> InstantParameter.to("to", "31/01/2024"))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("'to'")
        .hasMessageContaining("2024-01-31")
        .hasMessageContaining("31/01/2024");
  }
}
