package dev.signaldesk.bench.measure;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;

/**
 * The machine a run measured: cores, memory, JDK and load. Results on a shared machine only mean
 * something next to its load average, so every result row records it.
 *
 * @param cores available processors
 * @param memoryGb physical memory
 * @param jdk vendor and version of the running JDK
 * @param os operating system and architecture
 * @param maxHeapMb the benchmark JVM's -Xmx
 */
public record Machine(int cores, double memoryGb, String jdk, String os, double maxHeapMb) {

  public static Machine current() {
    double memory = Double.NaN;
    if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
      memory = os.getTotalMemorySize() / (1024.0 * 1024 * 1024);
    }
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        Math.round(memory * 10) / 10.0,
        System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        HeapProbe.maxMb());
  }

  /** The one-minute system load average, or NaN where the platform has none. */
  public static double loadAverage() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? Double.NaN : load;
  }
}
