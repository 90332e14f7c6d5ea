package dev.signaldesk.bench.measure;

import java.util.Arrays;

/**
 * Collects latencies in nanoseconds and reports percentiles (nearest rank). Keeps every sample, in
 * a growing array of longs: a benchmark records at most a few million, i.e. a few tens of MB. Not
 * thread-safe: give each client its own recorder and {@link #merge} them.
 */
public final class LatencyRecorder {
  private long[] samples = new long[1024];
  private int count;
  private long totalNanos;

  public void record(long nanos) {
    if (count == samples.length) {
      samples = Arrays.copyOf(samples, count * 2);
    }
    samples[count++] = nanos;
    totalNanos += nanos;
  }

  /** Times {@code work} and records its duration; returns the nanoseconds it took. */
  public long time(Runnable work) {
    long t0 = System.nanoTime();
    work.run();
    long took = System.nanoTime() - t0;
    record(took);
    return took;
  }

  public void merge(LatencyRecorder other) {
    for (int i = 0; i < other.count; i++) {
      record(other.samples[i]);
    }
  }

  public int count() {
    return count;
  }

  /** Sum of all samples, in nanoseconds. */
  public long totalNanos() {
    return totalNanos;
  }

  /** The {@code p}-th percentile (0 < p ≤ 100) in milliseconds; NaN when there are no samples. */
  public double percentileMillis(double p) {
    if (p <= 0 || p > 100) {
      throw new IllegalArgumentException("The 'p' parameter must be in (0, 100], was " + p);
    }
    if (count == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(samples, count);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * count);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }

  /** Operations per second over the summed sample time (for sequential work). */
  public double perSecond() {
    return totalNanos == 0 ? Double.NaN : count * 1e9 / totalNanos;
  }

  public Percentiles percentiles() {
    return new Percentiles(percentileMillis(50), percentileMillis(95), percentileMillis(99));
  }

  /** Latency percentiles in milliseconds. */
  public record Percentiles(double p50, double p95, double p99) {}
}
