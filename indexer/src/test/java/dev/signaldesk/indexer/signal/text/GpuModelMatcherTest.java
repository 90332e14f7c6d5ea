package dev.signaldesk.indexer.signal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GpuModelMatcherTest {

  private final GpuModelMatcher matcher =
      new GpuModelMatcher(
          Map.of(
              "H100", List.of("H100"),
              "A10", List.of("A10"),
              "A100", List.of("A100"),
              "RTX 4090", List.of("4090", "RTX 4090"),
              "RTX 4090D", List.of("4090D", "RTX 4090D")));

  @Test
  void longerSpellingWinsAtTheSamePosition() {
    assertThat(models("RTX 4090D 现货")).containsExactly("RTX 4090D");
    assertThat(models("4090D和4090")).containsExactly("RTX 4090D", "RTX 4090");
    assertThat(models("A100 not A10")).containsExactly("A100", "A10");
  }

  @Test
  void modelsMatchOnlyAsWholeTokensWithCountsAndPlurals() {
    assertThat(models("H1000 is no GPU")).isEmpty();
    assertThat(models("8xH100s for rent")).containsExactly("H100");
  }

  @Test
  void variantAndMemoryFollowingTheModelAreRead() {
    ModelMention m = matcher.find("出H100 SXM5 80GB整机").get(0);

    assertThat(m.variant()).isEqualTo("SXM");
    assertThat(m.memoryGb()).isEqualTo(80);
    assertThat(m.start()).isEqualTo(1);
  }

  private List<String> models(String text) {
    return matcher.find(text).stream().map(ModelMention::model).toList();
  }
}
