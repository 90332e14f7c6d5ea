package dev.signaldesk.crawler.chat;

import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportSink;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Run by {@link LargeImportTest} in a child JVM with a small heap: imports one file into a sink
 * that only counts, and prints one line of figures ({@code key=value ...}).
 */
public final class LargeImportMain {

  private LargeImportMain() {}

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    Path dataDir = Path.of(args[1]);
    CountingSink sink = new CountingSink();
    long start = System.nanoTime();
    ImportSummary summary =
        new ChatImporter(dataDir, Clock.systemUTC())
            .importFile(file, ImportOptions.defaults(), sink, (read, total) -> {});
    double seconds = (System.nanoTime() - start) / 1e9;
    long peakHeap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getPeakUsage)
            .mapToLong(u -> u.getUsed())
            .sum();
    long bytes;
    try {
      bytes = Files.size(file);
    } catch (java.io.IOException e) {
      bytes = -1;
    }
    System.out.printf(
        "messages=%d imported=%d rejected=%d upserts=%d commits=%d seconds=%.2f rate=%.0f"
            + " mbps=%.1f peakHeapMb=%d maxHeapMb=%d%n",
        summary.messagesRead(),
        summary.imported(),
        summary.rejected(),
        sink.upserts,
        sink.commits,
        seconds,
        summary.messagesRead() / seconds,
        bytes / seconds / (1 << 20),
        peakHeap >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
  }

  /** Counts; keeps nothing, so the child's heap measures the importer alone. */
  static final class CountingSink implements ReportSink {
    long upserts;
    long commits;

    @Override
    public void upsert(Report report) {
      upserts++;
    }

    @Override
    public boolean contains(String id) {
      return false;
    }

    @Override
    public void commit() {
      commits++;
    }
  }
}
