package dev.signaldesk.bench.report;

import dev.signaldesk.bench.measure.Machine;
import dev.signaldesk.bench.measure.ScenarioResult;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole run as stored in the results file.
 *
 * @param date the day of the run (UTC)
 * @param commit the commit measured (short hash, {@code +dirty} when the tree had changes)
 * @param profile {@code quick}, {@code full} or {@code custom}
 * @param machine the machine
 * @param results every row, in the order run
 */
public record BenchRun(
    String date, String commit, String profile, Machine machine, List<ScenarioResult> results) {

  public BenchRun {
    results = List.copyOf(results == null ? List.of() : results);
  }

  /**
   * This run with {@code newer} rows laid over it: a row replaces the stored one with the same
   * scenario, variant and document count; other stored rows stay (a split or resumed run).
   */
  public BenchRun merge(List<ScenarioResult> newer, String newProfile) {
    List<ScenarioResult> merged = new ArrayList<>(results);
    for (ScenarioResult r : newer) {
      merged.removeIf(
          old ->
              old.scenario().equals(r.scenario())
                  && old.variant().equals(r.variant())
                  && old.documents() == r.documents());
      merged.add(r);
    }
    String p =
        profile == null || profile.equals(newProfile)
            ? newProfile
            : java.util.Arrays.asList(profile.split("\\+")).contains(newProfile)
                ? profile
                : profile + "+" + newProfile;
    return new BenchRun(date, commit, p, machine, merged);
  }
}
