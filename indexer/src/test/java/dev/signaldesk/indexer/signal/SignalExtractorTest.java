package dev.signaldesk.indexer.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.signaldesk.config.ConfigException;
import dev.signaldesk.config.ConfigLoader;
import dev.signaldesk.indexer.signal.side.OfferSide;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignalExtractorTest {
  static final String TEXT = "多家内蒙古机房开始抛售闲置的H100服务器。8卡H100整机月租已从18万元降至7.5万元，英伟达的H20也大幅下跌。";
  private final SignalExtractor extractor =
      new SignalExtractor(new ConfigLoader().defaults().signals());

  @Test
  void analyseReturnsPricesSideSentimentAndEntities() {
    SignalReport r = extractor.analyse(TEXT, LocalDate.of(2025, 3, 1));
    assertThat(r.prices()).hasSize(2);
    assertThat(r.side()).isEqualTo(OfferSide.SELL);
    assertThat(r.sellTalk()).isTrue();
    assertThat(r.sentiment().score()).isLessThan(0);
    assertThat(r.entities().models()).containsExactly("H100", "H20");
    assertThat(r.entities().regions()).containsExactly("内蒙古");
    assertThat(r.entities().companies()).containsExactly("英伟达");
  }

  @Test
  void jsonCarriesTheAgreedFieldNames() throws Exception {
    ObjectMapper json =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    JsonNode n = json.valueToTree(extractor.analyse(TEXT, LocalDate.of(2025, 3, 1)));
    assertThat(n.fieldNames()).toIterable().contains("prices", "side", "sentiment", "entities");
    assertThat(n.get("prices").get(0).fieldNames())
        .toIterable()
        .contains(
            "model",
            "kind",
            "value",
            "low",
            "high",
            "bound",
            "currency",
            "basis",
            "gpus",
            "gpusAssumed",
            "perGpuHour",
            "perGpu",
            "cny",
            "usd",
            "refDate",
            "flags",
            "text",
            "start",
            "end",
            "rule");
    assertThat(n.get("prices").get(1).get("refDate").asText()).isEqualTo("2025-03-01");
    assertThat(n.get("sentiment").fieldNames()).toIterable().contains("score", "terms");
  }

  @Test
  void formatPrintsOneLinePerPriceAndTheSummary() {
    String out = extractor.analyse(TEXT, LocalDate.of(2025, 3, 1)).format();
    assertThat(out).contains("H100", "30.82 CNY", "12.84 CNY", "side: SELL", "regions: [内蒙古]");
  }

  @Test
  void badSignalsConfigIsReportedWithItsKey(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.yml");
    Files.writeString(f, "signals:\n  plausibility:\n    H100: {rent: [60, 4]}\n");
    assertThatThrownBy(() -> new ConfigLoader().load(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("plausibility");
    Files.writeString(f, "signals:\n  cny-per-usd: {\"20x5\": 7.1}\n");
    assertThatThrownBy(() -> new ConfigLoader().load(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("cny-per-usd");
  }
}
