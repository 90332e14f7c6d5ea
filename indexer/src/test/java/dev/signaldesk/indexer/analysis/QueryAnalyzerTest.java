package dev.signaldesk.indexer.analysis;

import static dev.signaldesk.indexer.analysis.AnalysisTestSupport.terms;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QueryAnalyzerTest {

  private static final QueryAnalyzer ANALYZER =
      new QueryAnalyzer(
          List.of(
              List.of("英伟达", "Nvidia"),
              List.of("算力", "compute power", "computing power"),
              List.of("数据中心", "data center"),
              List.of("租金", "rent", "rental")));

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  static Stream<Arguments> queries() {
    return Stream.of(
        Arguments.of("Nvidia", List.of("nvidia", "英伟达")),
        Arguments.of("英伟达H100", List.of("英伟达", "nvidia", "h100")),
        Arguments.of("compute power", List.of("算力", "comput", "power")),
        Arguments.of("算力", List.of("算力", "comput", "power")), // both English forms stem alike
        Arguments.of("data centers", List.of("数据中心", "data", "center")),
        Arguments.of("H100租金", List.of("h100", "租金", "rent", "rental")),
        Arguments.of("MI300X", List.of("mi300x")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queries")
  void addsSynonymsInIndexForm(String query, List<String> expected) throws IOException {
    assertThat(terms(ANALYZER, query)).containsExactlyInAnyOrderElementsOf(expected);
  }
}
