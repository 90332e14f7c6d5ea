package dev.signaldesk.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchRequestTest {

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 101})
  void limitOutsideOneToHundredNamesTheParameter(int limit) {
    assertThatThrownBy(() -> SearchRequest.of("h100", limit))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'limit'");
  }

  @Test
  void fromAfterToNamesTheParameters() {
    Instant later = Instant.parse("2025-03-01T00:00:00Z");
    Instant earlier = Instant.parse("2025-01-01T00:00:00Z");
    assertThatThrownBy(
            () -> new SearchRequest("", null, null, later, earlier, null, 10, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'from'")
        .hasMessageContaining("'to'");
  }

  @Test
  void missingPartsGetDefaults() {
    SearchRequest r = new SearchRequest(null, null, null, null, null, null, 10, null, null);
    assertThat(r.query()).isEmpty();
    assertThat(r.sources()).isEmpty();
    assertThat(r.sort()).isEqualTo(SortOrder.RELEVANCE);
    assertThat(r.filters()).isEmpty();
  }
}
