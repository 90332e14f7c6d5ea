package dev.signaldesk.config;

import java.util.List;
import java.util.Map;

/**
 * Signal extraction: GPU models, exchange rates, plausibility bands and lexicons. Owned by the
 * signals package of the indexer; see {@code signaldesk-defaults.yml} for the meaning of each list.
 *
 * @param gpuModels canonical model name to the spellings that mean it
 * @param cnyPerUsd yearly average exchange rate, keyed by year ({@code "2024": 7.19})
 * @param sellTerms sell-off vocabulary
 * @param buyTerms buying vocabulary
 * @param negations words that negate a following term
 * @param bearishTerms bearish sentiment lexicon, term to weight (0..1]
 * @param bullishTerms bullish sentiment lexicon, term to weight (0..1]
 * @param intensifiers words that strengthen a following sentiment term, to their factor
 * @param regions region names for entity facets
 * @param companies company names for entity facets
 */
public record SignalsConfig(
    Map<String, List<String>> gpuModels,
    Map<String, Double> cnyPerUsd,
    List<String> sellTerms,
    List<String> buyTerms,
    List<String> negations,
    Map<String, Double> bearishTerms,
    Map<String, Double> bullishTerms,
    Map<String, Double> intensifiers,
    List<String> regions,
    List<String> companies) {

  public SignalsConfig {
    gpuModels = gpuModels == null ? Map.of() : Map.copyOf(gpuModels);
    cnyPerUsd = cnyPerUsd == null ? Map.of() : Map.copyOf(cnyPerUsd);
    sellTerms = sellTerms == null ? List.of() : List.copyOf(sellTerms);
    buyTerms = buyTerms == null ? List.of() : List.copyOf(buyTerms);
    negations = negations == null ? List.of() : List.copyOf(negations);
    bearishTerms = bearishTerms == null ? Map.of() : Map.copyOf(bearishTerms);
    bullishTerms = bullishTerms == null ? Map.of() : Map.copyOf(bullishTerms);
    intensifiers = intensifiers == null ? Map.of() : Map.copyOf(intensifiers);
    regions = regions == null ? List.of() : List.copyOf(regions);
    companies = companies == null ? List.of() : List.copyOf(companies);
  }
}
