package dev.signaldesk.bench.scenario;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** CPU time the current thread spends in a piece of work (background threads not included). */
final class CpuTime {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Work that may fail with an I/O error. */
  @FunctionalInterface
  interface Work {
    void run() throws IOException;
  }

  private CpuTime() {}

  /** Runs {@code work}; returns the nanoseconds of CPU this thread used for it. */
  static long of(Work work) throws IOException {
    long t0 = THREADS.getCurrentThreadCpuTime();
    work.run();
    return THREADS.getCurrentThreadCpuTime() - t0;
  }
}
