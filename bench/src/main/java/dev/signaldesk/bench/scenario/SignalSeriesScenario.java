package dev.signaldesk.bench.scenario;

import dev.signaldesk.bench.measure.ScenarioResult;
import java.util.List;

/**
 * Signal series: the price series of one model over three years. Needs the price index service of
 * the signals work, which is not on any branch yet: until it is, this scenario reports why it did
 * not run instead of a number.
 */
final class SignalSeriesScenario implements Scenario {

  static final String SERVICE_CLASS = "dev.signaldesk.indexer.signal.index.PriceIndexService";

  @Override
  public String name() {
    return "signal-series";
  }

  @Override
  public List<ScenarioResult> run(BenchContext ctx, long documents) {
    return List.of(
        ScenarioResult.skipped(
            name(),
            documents,
            "PriceIndexService (signals branch) is not merged yet: no price series to measure"));
  }
}
