package dev.signaldesk.indexer.analysis;

import static dev.signaldesk.indexer.analysis.AnalysisTestSupport.terms;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IndexAnalyzerTest {

  private static final IndexAnalyzer ANALYZER = new IndexAnalyzer();

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  static Stream<Arguments> mixedTexts() {
    return Stream.of(
        Arguments.of("英伟达H100租金暴跌", List.of("英伟达", "h100", "租金", "暴跌")),
        Arguments.of("昇腾910B和A800都在抛售", List.of("昇腾", "910b", "和", "a800", "都", "在", "抛售")),
        Arguments.of(
            "RTX 4090D, L40S and MI300X", List.of("rtx", "4090d", "l40s", "and", "mi300x")),
        Arguments.of("GB200 racks", List.of("gb200", "rack")),
        Arguments.of("西部智算中心的算力租赁", List.of("西部", "智算", "中心", "的", "算力", "租赁")),
        Arguments.of("Nvidia's H100 rentals fell", List.of("nvidia", "h100", "rental", "fell")),
        Arguments.of(
            "2023年的租金为7.5元/卡时", List.of("2023", "年", "的", "租金", "为", "7.5", "元", "卡", "时")),
        Arguments.of("75,000 yuan a month", List.of("75000", "yuan", "a", "month")),
        Arguments.of("Ｈ１００ full-width", List.of("h100", "full", "width")),
        Arguments.of("GPU servers selling", List.of("gpu", "server", "sell")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mixedTexts")
  void tokenisesMixedChineseAndEnglish(String text, List<String> expected) throws IOException {
    assertThat(terms(ANALYZER, text)).isEqualTo(expected);
  }

  @Test
  void keepsGpuModelNamesWhole() throws IOException {
    for (String model : List.of("H100", "A800", "4090D", "910B", "L40S", "MI300X", "GB200")) {
      assertThat(terms(ANALYZER, "出" + model + "整机")).contains(model.toLowerCase());
    }
  }

  @Test
  void offsetsPointAtTheOriginalCharacters() throws IOException {
    String text = "英伟达H100租金";
    try (TokenStream ts = ANALYZER.tokenStream("text", text)) {
      OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      StringBuilder spans = new StringBuilder();
      while (ts.incrementToken()) {
        spans.append(text, offsets.startOffset(), offsets.endOffset()).append('|');
      }
      ts.end();
      assertThat(spans).hasToString("英伟达|H100|租金|");
    }
  }
}
