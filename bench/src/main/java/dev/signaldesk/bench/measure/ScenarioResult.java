package dev.signaldesk.bench.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one scenario at one scale produced.
 *
 * @param scenario the scenario name, e.g. {@code ingest}, {@code search-http}
 * @param variant what distinguishes this row, e.g. {@code 8 clients}, {@code 10k queries}
 * @param documents corpus size the scenario ran at
 * @param status OK, SKIPPED (a piece is missing: see {@code note}) or FAILED (see {@code note})
 * @param note why it was skipped or failed, or a remark on the figures
 * @param metrics the figures; empty unless OK
 * @param heapUsedMb heap in use after GC when the scenario finished, with its data still loaded
 * @param loadAverage the system load average (1 minute) when it started: the machine is shared
 * @param seconds wall-clock time the scenario took, generation included
 */
public record ScenarioResult(
    String scenario,
    String variant,
    long documents,
    Status status,
    String note,
    List<Metric> metrics,
    double heapUsedMb,
    double loadAverage,
    double seconds) {

  /** Outcome of a scenario. */
  public enum Status {
    OK,
    SKIPPED,
    FAILED
  }

  public ScenarioResult {
    Objects.requireNonNull(scenario, "The 'scenario' parameter must not be null.");
    Objects.requireNonNull(status, "The 'status' parameter must not be null.");
    variant = variant == null ? "" : variant;
    metrics = List.copyOf(metrics == null ? List.of() : metrics);
  }

  /** A row for a scenario whose piece is missing: never a number, only the reason. */
  public static ScenarioResult skipped(String scenario, long documents, String reason) {
    return notRun(scenario, documents, Status.SKIPPED, reason);
  }

  /** A row for a scenario that threw: the reason instead of figures. */
  public static ScenarioResult failed(String scenario, long documents, String reason) {
    return notRun(scenario, documents, Status.FAILED, reason);
  }

  private static ScenarioResult notRun(
      String scenario, long documents, Status status, String reason) {
    return new ScenarioResult(
        scenario, "", documents, status, reason, List.of(), Double.NaN, Machine.loadAverage(), 0);
  }

  /** The metric called {@code name}, if any. */
  public Metric metric(String name) {
    return metrics.stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
  }

  /** Builds an OK result, timing from construction to {@link #build}. */
  public static Builder ok(String scenario, String variant, long documents) {
    return new Builder(scenario, variant, documents);
  }

  /** Collects the metrics of an OK result. */
  public static final class Builder {
    private final String scenario;
    private final String variant;
    private final long documents;
    private final List<Metric> metrics = new ArrayList<>();
    private final double load = Machine.loadAverage();
    private final long startNanos = System.nanoTime();
    private String note;

    private Builder(String scenario, String variant, long documents) {
      this.scenario = scenario;
      this.variant = variant;
      this.documents = documents;
    }

    public Builder add(Metric metric) {
      metrics.add(metric);
      return this;
    }

    /** Adds p50, p95 and p99 latency in ms from {@code latencies}. */
    public Builder latencies(LatencyRecorder latencies, String prefix) {
      LatencyRecorder.Percentiles p = latencies.percentiles();
      metrics.add(Metric.of(prefix + "p50_ms", p.p50(), "ms"));
      metrics.add(Metric.of(prefix + "p95_ms", p.p95(), "ms"));
      metrics.add(Metric.of(prefix + "p99_ms", p.p99(), "ms"));
      return this;
    }

    public Builder note(String text) {
      note = text;
      return this;
    }

    public ScenarioResult build() {
      double seconds = (System.nanoTime() - startNanos) / 1e9;
      return new ScenarioResult(
          scenario,
          variant,
          documents,
          Status.OK,
          note,
          metrics,
          HeapProbe.usedAfterGcMb(),
          load,
          seconds);
    }
  }
}
