package dev.signaldesk.bench.scenario;

import dev.signaldesk.bench.measure.ScenarioResult;
import java.io.IOException;
import java.util.List;

/** One benchmark scenario, run at one corpus size. */
public interface Scenario {

  /** Name used on the command line ({@code --scenario}) and in the results. */
  String name();

  /** Runs at {@code documents} documents; per-variant rows (client counts, query counts ...). */
  List<ScenarioResult> run(BenchContext ctx, long documents) throws IOException;
}
