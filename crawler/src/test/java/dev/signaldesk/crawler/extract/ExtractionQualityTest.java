package dev.signaldesk.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the generic extractor on the labelled pages in {@code extraction/{en,zh}} with the
 * token-shingle metric (see {@link ShingleScore}): mean precision and mean recall over pages, F1 of
 * the two means. Per-page scores are printed so regressions point at a layout.
 */
class ExtractionQualityTest {

  private static final double MIN_F1 = 0.93;
  private static JsonNode expected;
  private final ArticleExtractor extractor = new ArticleExtractor();
  private final CharsetDecoder decoder = new CharsetDecoder();

  @BeforeAll
  static void loadExpected() throws IOException {
    try (InputStream in = resource("extraction/expected.json")) {
      expected = new ObjectMapper().readTree(in);
    }
  }

  @Test
  void englishPagesReachTheF1Bar() throws IOException {
    ShingleScore mean = score("en");
    assertThat(mean.f1()).as("English mean F1").isGreaterThanOrEqualTo(MIN_F1);
  }

  @Test
  void chinesePagesReachTheF1Bar() throws IOException {
    ShingleScore mean = score("zh");
    assertThat(mean.f1()).as("Chinese mean F1").isGreaterThanOrEqualTo(MIN_F1);
  }

  @Test
  void labelledSetHasAtLeastFifteenPagesPerLanguage() {
    long en = count("en");
    long zh = count("zh");
    assertThat(en).isGreaterThanOrEqualTo(15);
    assertThat(zh).isGreaterThanOrEqualTo(15);
  }

  private ShingleScore score(String lang) throws IOException {
    List<ShingleScore> scores = new ArrayList<>();
    StringBuilder report =
        new StringBuilder("\n[" + lang + "] page      P      R      F1   extractor\n");
    for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> page = it.next();
      if (!page.getKey().startsWith(lang)) {
        continue;
      }
      byte[] bytes;
      try (InputStream in = resource("extraction/" + lang + "/" + page.getKey() + ".html")) {
        bytes = in.readAllBytes();
      }
      String html = decoder.decode(bytes, null).text();
      ExtractedArticle article = extractor.extract(html, page.getValue().get("url").asText());
      ShingleScore s = ShingleScore.of(article.text(), page.getValue().get("articleBody").asText());
      scores.add(s);
      // -Dextraction.dump=en07,zh13 prints those pages' extracted text when tuning the extractor
      if (System.getProperty("extraction.dump", "").contains(page.getKey())) {
        report.append("---- ").append(page.getKey()).append('\n').append(article).append('\n');
        report.append(article.text()).append("\n----\n");
      }
      report.append(
          String.format(
              "[%s] %-6s %.3f  %.3f  %.3f  %s%n",
              lang, page.getKey(), s.precision(), s.recall(), s.f1(), article.extractor()));
    }
    double p = scores.stream().mapToDouble(ShingleScore::precision).average().orElse(0);
    double r = scores.stream().mapToDouble(ShingleScore::recall).average().orElse(0);
    ShingleScore mean = new ShingleScore(p, r);
    report.append(
        String.format(
            "[%s] MEAN   %.3f  %.3f  %.3f  (%d pages)%n", lang, p, r, mean.f1(), scores.size()));
    System.out.print(report);
    return mean;
  }

  private static long count(String lang) {
    long n = 0;
    for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
      if (it.next().startsWith(lang)) {
        n++;
      }
    }
    return n;
  }

  private static InputStream resource(String path) {
    InputStream in = ExtractionQualityTest.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("Missing test resource " + path);
    }
    return in;
  }
}
