package dev.signaldesk.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signaldesk.indexer.TestReports;
import dev.signaldesk.indexer.analysis.QueryAnalyzer;
import java.util.stream.Stream;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UserQueryParserTest {

  private static final QueryAnalyzer ANALYZER = new QueryAnalyzer(TestReports.config().synonyms());
  private static final UserQueryParser PARSER =
      new UserQueryParser(
          QueryFieldRegistry.standard()
              .registerDouble("price_cny_gpu_hour")
              .registerKeyword("model"),
          ANALYZER);

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  static Stream<Arguments> badQueries() {
    return Stream.of(
        Arguments.of("(租金 AND 暴跌", "Unbalanced '('", 0),
        Arguments.of("租金 AND 暴跌) OR h100", "Unbalanced ')'", 9),
        Arguments.of("\"H100 租金", "Unterminated phrase", 0),
        Arguments.of("*100", "'*' is only allowed at the end of a word", 0),
        Arguments.of("h1*0", "'*' is only allowed at the end of a word", 2),
        Arguments.of("租金 h*", "A prefix needs at least 2 characters before '*'", 4),
        Arguments.of("h1?0", "'?' wildcards are not supported", 2),
        Arguments.of("/h10.*/", "'*' is only allowed at the end of a word", 5),
        Arguments.of("gpu:h100", "Unknown field 'gpu'", 0),
        Arguments.of("h100 AND", "Missing term after AND", 8),
        Arguments.of("OR h100", "Missing term before OR", 0),
        Arguments.of("h100 OR OR a800", "Missing term after OR", 8),
        Arguments.of("price_cny_gpu_hour:[1 TO x]", "Not a number: 'x'", 25),
        Arguments.of("price_cny_gpu_hour:[1 x 2]", "Expected 'TO' in range", 22),
        Arguments.of("price_cny_gpu_hour:[1 TO 2", "Expected ']' or '}' to close the range", 26),
        Arguments.of("title:[1 TO 2]", "Field 'title' is not numeric", 6),
        Arguments.of("[1 TO 2]", "A range needs a numeric field", 0),
        Arguments.of("published_at:2025-13-01", "Not a date", 13),
        Arguments.of("h100 ()", "Empty parentheses", 5),
        Arguments.of("source:(36kr OR title:h100)", "A field cannot be named inside", 16),
        Arguments.of("h100 - a800", "'-' must be followed directly by a term", 5),
        Arguments.of("((((((((((a))))))))))", "Parentheses nested deeper than 8", 8),
        Arguments.of("a ".repeat(65), "More than 64 terms", 128),
        // Found by fuzzing: Lucene refuses the automaton of a prefix this long with an
        // IllegalArgumentException, which surfaced as an internal error.
        Arguments.of("rent " + "算".repeat(90) + "*", "A prefix may have at most 256 bytes", 5));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badQueries")
  void syntaxErrorsNameTheProblemAndItsPosition(String query, String problem, int position) {
    assertThatThrownBy(() -> PARSER.parse(query))
        .isInstanceOfSatisfying(
            QuerySyntaxException.class,
            e -> {
              assertThat(e.problem()).startsWith(problem);
              assertThat(e.position()).isEqualTo(position);
              assertThat(e.getMessage()).endsWith(" at " + position);
            });
  }

  @Test
  void aTooLongQueryIsRejected() {
    assertThatThrownBy(() -> PARSER.parse("租".repeat(UserQueryParser.MAX_LENGTH + 1)))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("longer than");
  }

  @Test
  void blankQueryMatchesEverything() {
    assertThat(PARSER.parse("  ")).isInstanceOf(MatchAllDocsQuery.class);
  }

  @Test
  void aChineseRunRequiresAllItsWords() {
    Query q = PARSER.parse("租金暴跌");
    assertThat(q.toString()).contains("+all:暴跌").containsPattern("\\+\\(?Synonym\\(all:rent");
  }

  @Test
  void fieldValuesAreNormalisedPerField() {
    assertThat(PARSER.parse("kind:news").toString()).isEqualTo("kind:NEWS");
    assertThat(PARSER.parse("source:36KR").toString()).isEqualTo("source:36kr");
    assertThat(PARSER.parse("model:\"RTX 4090\"").toString()).isEqualTo("model:RTX 4090");
  }

  @Test
  void exclusiveAndOpenRangesBecomeBounds() {
    assertThat(PARSER.parse("price_cny_gpu_hour:{1 TO *]").toString())
        .contains("price_cny_gpu_hour:[1.0000000000000002 TO Infinity]");
  }
}
