package dev.signaldesk.crawler.extract.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Kr36FeedDatesTest {

  @ParameterizedTest(name = "''{0}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-06-19 18:01:25  +0800|2026-06-19T18:01:25+08:00",
        "2026-06-19 18:01:25 +0800|2026-06-19T18:01:25+08:00",
        "2026-6-9 08:01:25  +0800|2026-06-09T08:01:25+08:00",
        "2026-06-19 18:01  +08:00|2026-06-19T18:01:00+08:00",
        "Fri, 19 Jun 2026 10:01:25 GMT|2026-06-19T10:01:25Z"
      })
  void parsesNonRfcAndRfcPubDates(String text, String expected) {
    assertThat(Kr36FeedDates.parse(text)).isEqualTo(OffsetDateTime.parse(expected));
  }

  @Test
  void keepsTheOffsetOfTheFeed() {
    assertThat(Kr36FeedDates.parse("2026-06-19 18:01:25  +0800").getOffset().getId())
        .isEqualTo("+08:00");
  }

  @Test
  void rejectsGarbageNamingTheValue() {
    assertThatThrownBy(() -> Kr36FeedDates.parse("yesterday"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'yesterday'");
    assertThat(Kr36FeedDates.tryParse("2026-13-40 99:99:99 +0800")).isEmpty();
  }
}
