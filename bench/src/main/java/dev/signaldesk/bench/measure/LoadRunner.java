package dev.signaldesk.bench.measure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load: {@code clients} threads each send one request, wait for it, send the next,
 * until the time is up or the request budget is spent. Request {@code n} of the whole run is {@code
 * operation.run(n)}, so a fixed query mix is cycled in the same order at every client count. A
 * request that throws is counted as an error, never as a latency sample.
 */
public final class LoadRunner {

  /** One request; {@code n} picks the query. Returns true when answered, false when refused. */
  @FunctionalInterface
  public interface Operation {
    boolean run(int n) throws Exception;
  }

  /**
   * @param latencies every successful request
   * @param rejected requests the server refused (e.g. HTTP 4xx)
   * @param errors requests that threw
   * @param firstError the message of the first error, or null
   * @param seconds wall time of the whole level
   */
  public record Outcome(
      LatencyRecorder latencies, long rejected, long errors, String firstError, double seconds) {
    public double requestsPerSecond() {
      return latencies.count() / seconds;
    }
  }

  private LoadRunner() {}

  public static Outcome run(int clients, Duration time, int maxRequests, Operation operation)
      throws InterruptedException {
    AtomicInteger issued = new AtomicInteger();
    AtomicLong errors = new AtomicLong();
    AtomicLong rejected = new AtomicLong();
    String[] firstError = new String[1];
    long deadline = System.nanoTime() + time.toNanos();
    List<LatencyRecorder> recorders = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      LatencyRecorder recorder = new LatencyRecorder();
      recorders.add(recorder);
      Thread t =
          new Thread(
              () -> {
                while (System.nanoTime() < deadline) {
                  int n = issued.getAndIncrement();
                  if (n >= maxRequests) {
                    return;
                  }
                  long t0 = System.nanoTime();
                  try {
                    if (operation.run(n)) {
                      recorder.record(System.nanoTime() - t0);
                    } else {
                      rejected.incrementAndGet();
                    }
                  } catch (Exception e) {
                    if (errors.getAndIncrement() == 0) {
                      synchronized (firstError) {
                        firstError[0] = e.toString();
                      }
                    }
                  }
                }
              },
              "bench-client-" + c);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    LatencyRecorder all = new LatencyRecorder();
    recorders.forEach(all::merge);
    synchronized (firstError) {
      return new Outcome(all, rejected.get(), errors.get(), firstError[0], seconds);
    }
  }
}
