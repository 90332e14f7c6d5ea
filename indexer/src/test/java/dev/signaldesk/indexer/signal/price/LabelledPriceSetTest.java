package dev.signaldesk.indexer.signal.price;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signaldesk.config.ConfigLoader;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of price extraction on a hand-labelled set of news and chat sentences
 * (Chinese and English, a third of them traps). A predicted mention is correct when model, kind,
 * currency and the normalised value (per GPU-hour or per GPU, within 1%) match an expected one;
 * mentions the extractor itself excludes (implausible) do not count as predictions.
 */
class LabelledPriceSetTest {
  private static final String SET = "/signals/labelled-prices.jsonl";

  record Expected(String model, PriceKind kind, double value, Currency currency) {
    boolean matches(PriceMention p) {
      return p.model().equals(model)
          && p.kind() == kind
          && p.currency() == currency
          && Math.abs(p.normalised() - value) <= 0.01 * Math.abs(value);
    }
  }

  @Test
  void extractionMeetsPrecisionAndRecallBar() throws Exception {
    PriceMentionExtractor extractor =
        new PriceMentionExtractor(new ConfigLoader().defaults().signals());
    ObjectMapper json = new ObjectMapper();
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int sentences = 0;
    int traps = 0;
    List<String> failures = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(getClass().getResourceAsStream(SET), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode row = json.readTree(line);
        sentences++;
        String text = row.get("text").asText();
        List<Expected> expected = new ArrayList<>();
        for (JsonNode e : row.get("expect")) {
          expected.add(
              new Expected(
                  e.get("model").asText(),
                  PriceKind.valueOf(e.get("kind").asText()),
                  e.get("value").asDouble(),
                  Currency.valueOf(e.get("currency").asText())));
        }
        if (expected.isEmpty()) {
          traps++;
        }
        List<PriceMention> predicted =
            new ArrayList<>(
                extractor.extract(text, LocalDate.parse(row.get("date").asText())).included());
        List<Expected> missed = new ArrayList<>();
        for (Expected e : expected) {
          PriceMention hit = predicted.stream().filter(e::matches).findFirst().orElse(null);
          if (hit == null) {
            missed.add(e);
          } else {
            predicted.remove(hit);
            tp++;
          }
        }
        fn += missed.size();
        fp += predicted.size();
        if (!missed.isEmpty() || !predicted.isEmpty()) {
          failures.add(
              text
                  + "\n    missed: "
                  + missed
                  + "\n    spurious: "
                  + predicted.stream()
                      .map(
                          p ->
                              p.model()
                                  + " "
                                  + p.kind()
                                  + " "
                                  + p.normalised()
                                  + " "
                                  + p.currency()
                                  + " ["
                                  + p.rule()
                                  + "]")
                      .toList());
        }
      }
    }
    double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    System.out.printf(
        Locale.ROOT,
        "labelled prices: %d sentences (%d traps), tp=%d fp=%d fn=%d precision=%.3f recall=%.3f%n",
        sentences,
        traps,
        tp,
        fp,
        fn,
        precision,
        recall);
    failures.forEach(f -> System.out.println("  FAIL " + f));
    assertThat(sentences).isGreaterThanOrEqualTo(150);
    assertThat(traps * 3).isGreaterThanOrEqualTo(sentences);
    assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.95);
    assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.90);
  }
}
