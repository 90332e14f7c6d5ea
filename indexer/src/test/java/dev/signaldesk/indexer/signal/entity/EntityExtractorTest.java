package dev.signaldesk.indexer.signal.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.config.ConfigLoader;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {
  private final EntityExtractor x = new EntityExtractor(new ConfigLoader().defaults().signals());

  @Test
  void findsModelsOnTokenBoundariesRegionsAndCompanies() {
    Entities e = x.extract("甘肃庆阳的机房有A100、A10和RTX 4090D，没有H1000；NVIDIA和华为都在扩产。");
    assertThat(e.models()).containsExactly("A100", "A10", "RTX 4090D");
    assertThat(e.regions()).containsExactly("甘肃", "庆阳");
    assertThat(e.companies()).containsExactly("Nvidia", "华为");
  }

  @Test
  void englishPluralAndCountPrefixStillNameTheModel() {
    assertThat(x.extract("We rent 8xH100 boxes and spare H20s.").models())
        .containsExactly("H100", "H20");
  }
}
