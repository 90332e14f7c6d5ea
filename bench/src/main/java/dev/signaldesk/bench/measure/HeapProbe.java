package dev.signaldesk.bench.measure;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Heap in use after a full collection: the live set, which is what "heap needed" means. */
public final class HeapProbe {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private HeapProbe() {}

  /** MB of heap in use after asking for two full collections (the second clears finalised refs). */
  public static double usedAfterGcMb() {
    MEMORY.gc();
    MEMORY.gc();
    return MEMORY.getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
  }

  /** The maximum heap (-Xmx) in MB. */
  public static double maxMb() {
    return MEMORY.getHeapMemoryUsage().getMax() / (1024.0 * 1024.0);
  }
}
