package dev.signaldesk.bench.scenario;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the items of one batch on a fixed number of worker threads, each taking the next item as it
 * finishes the last, and reports the batch's wall time and the CPU time its workers used. The
 * ingest scenario gives the pipeline and the raw-Lucene baseline the same pool, so their ratio
 * compares equal parallelism.
 */
final class ParallelBatch implements AutoCloseable {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** The work for item {@code item}, on worker {@code worker} (0 to threads - 1). */
  @FunctionalInterface
  interface ItemWork {
    void run(int worker, int item) throws IOException;
  }

  /**
   * @param wallNanos from the first item started to the last finished
   * @param cpuNanos CPU time of the workers on this batch
   */
  record Timing(long wallNanos, long cpuNanos) {}

  private final int threads;
  private final ExecutorService pool;

  ParallelBatch(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("The 'threads' parameter must be at least 1");
    }
    this.threads = threads;
    AtomicInteger n = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "bench-worker-" + n.getAndIncrement());
              t.setDaemon(true);
              return t;
            });
  }

  int threads() {
    return threads;
  }

  /** Runs {@code work} for items 0 to {@code items - 1}; the first failure is rethrown. */
  Timing run(int items, ItemWork work) throws IOException {
    AtomicInteger next = new AtomicInteger();
    List<Future<Long>> workers = new ArrayList<>(threads);
    long t0 = System.nanoTime();
    for (int w = 0; w < threads; w++) {
      int worker = w;
      workers.add(
          pool.submit(
              () -> {
                long c0 = THREADS.getCurrentThreadCpuTime();
                for (int i = next.getAndIncrement(); i < items; i = next.getAndIncrement()) {
                  work.run(worker, i);
                }
                return THREADS.getCurrentThreadCpuTime() - c0;
              }));
    }
    long cpu = 0;
    IOException failure = null;
    for (Future<Long> f : workers) {
      try {
        cpu += f.get();
      } catch (ExecutionException e) {
        // Let the other workers finish (they stop at the end of the items), then report the first.
        next.set(items);
        if (failure == null) {
          failure =
              e.getCause() instanceof IOException io
                  ? io
                  : new IOException("a worker failed: " + e.getCause(), e.getCause());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for the workers", e);
      }
    }
    if (failure != null) {
      throw failure;
    }
    return new Timing(System.nanoTime() - t0, cpu);
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
