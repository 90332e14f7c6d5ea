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
 * @param plausibility per canonical model (or {@code default}) the CNY band a normalised price must
 *     fall in: rent per GPU-hour, sale per GPU; a price outside is flagged and excluded
 * @param pflopsPerGpu dense FP16 PFLOPS of one GPU, to turn a per-PFLOPS-month price into a
 *     per-GPU-hour one
 * @param assumedGpusPerServer GPUs in a server when a text does not say (default 8, HGX class)
 * @param minObservations mentions a period needs before its median is marked sufficient (default 3)
 * @param outlierMads mentions further than this many MADs from a period's median are excluded as
 *     outliers (default 3)
 * @param storyMaxHamming SimHash Hamming distance up to which two bodies are one story (default 3)
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
    List<String> companies,
    Map<String, Band> plausibility,
    Map<String, Double> pflopsPerGpu,
    Integer assumedGpusPerServer,
    Integer minObservations,
    Double outlierMads,
    Integer storyMaxHamming) {

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
    plausibility = plausibility == null ? Map.of() : Map.copyOf(plausibility);
    pflopsPerGpu = pflopsPerGpu == null ? Map.of() : Map.copyOf(pflopsPerGpu);
    assumedGpusPerServer = assumedGpusPerServer == null ? 8 : assumedGpusPerServer;
    minObservations = minObservations == null ? 3 : minObservations;
    outlierMads = outlierMads == null ? 3.0 : outlierMads;
    storyMaxHamming = storyMaxHamming == null ? 3 : storyMaxHamming;
    if (assumedGpusPerServer < 1) {
      throw new IllegalArgumentException("signals.assumed-gpus-per-server must be at least 1");
    }
    if (minObservations < 1) {
      throw new IllegalArgumentException("signals.min-observations must be at least 1");
    }
    if (outlierMads <= 0) {
      throw new IllegalArgumentException("signals.outlier-mads must be positive");
    }
    if (storyMaxHamming < 0 || storyMaxHamming > 16) {
      throw new IllegalArgumentException("signals.story-max-hamming must be between 0 and 16");
    }
    for (var e : cnyPerUsd.entrySet()) {
      if (!e.getKey().matches("\\d{4}") || e.getValue() == null || e.getValue() <= 0) {
        throw new IllegalArgumentException(
            "signals.cny-per-usd." + e.getKey() + " must be a year with a positive rate");
      }
    }
  }

  /**
   * A plausible CNY range for one model: {@code rent} per GPU-hour, {@code sale} per GPU, each as
   * {@code [min, max]}.
   */
  public record Band(List<Double> rent, List<Double> sale) {
    public Band {
      rent = checked(rent, "rent");
      sale = checked(sale, "sale");
    }

    private static List<Double> checked(List<Double> range, String name) {
      if (range == null) {
        return null;
      }
      if (range.size() != 2
          || range.get(0) == null
          || range.get(1) == null
          || range.get(0) > range.get(1)) {
        throw new IllegalArgumentException(
            "signals.plausibility " + name + " must be [min, max] with min <= max, got " + range);
      }
      return List.copyOf(range);
    }
  }
}
