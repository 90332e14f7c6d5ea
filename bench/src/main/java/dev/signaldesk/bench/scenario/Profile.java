package dev.signaldesk.bench.scenario;

import java.time.Duration;
import java.util.List;

/**
 * How big and how long a run is. Every timed phase is bounded twice, by a count and by a window, so
 * that a scale the code handles slowly (1M documents, 100k saved queries) still ends on time: the
 * rows then say how many operations were measured.
 *
 * @param name {@code smoke}, {@code quick} or {@code full}
 * @param sizes corpus sizes the index scenarios run at
 * @param threads ingest threads (the pipeline and the raw-Lucene baseline get the same number)
 * @param clientCounts concurrent search clients
 * @param searchTime how long each search level runs, in process and over HTTP, and how long the
 *     serve-heap load lasts (bounded also by {@code maxRequests})
 * @param maxRequests most requests per search level
 * @param warmUp most time spent warming up before a measured phase (JIT, caches, connections)
 * @param savedQueryCounts saved queries the alert scenario registers
 * @param alertDocuments most reports matched against them
 * @param alertTime most time spent matching at each saved-query count (at least one batch runs)
 * @param sentences sentences given to the price extractor
 * @param pages pages given to the article extractor
 * @param chatDocuments corpus documents scanned for the chat export (about 60% are chat messages)
 * @param serveHeaps -Xmx values tried, smallest first, for serving the largest index
 */
public record Profile(
    String name,
    List<Long> sizes,
    int threads,
    List<Integer> clientCounts,
    Duration searchTime,
    int maxRequests,
    Duration warmUp,
    List<Integer> savedQueryCounts,
    int alertDocuments,
    Duration alertTime,
    int sentences,
    int pages,
    long chatDocuments,
    List<String> serveHeaps) {

  public Profile {
    sizes = List.copyOf(sizes);
    clientCounts = List.copyOf(clientCounts);
    savedQueryCounts = List.copyOf(savedQueryCounts);
    serveHeaps = List.copyOf(serveHeaps);
    if (sizes.isEmpty() || sizes.stream().anyMatch(s -> s <= 0)) {
      throw new IllegalArgumentException("The 'sizes' must be positive numbers, were " + sizes);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("The 'threads' parameter must be at least 1");
    }
  }

  /** Ingest threads unless told otherwise: one per core, as a server would ingest. */
  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * Every scenario at the smallest scale that still exercises it, child JVMs included: what CI runs
   * (well under a minute of work on an idle 2-core machine).
   */
  public static Profile smoke() {
    return new Profile(
        "smoke",
        List.of(200L),
        defaultThreads(),
        List.of(1, 8),
        Duration.ofMillis(500),
        500,
        Duration.ofMillis(500),
        List.of(20),
        16,
        Duration.ofSeconds(1),
        300,
        20,
        300,
        List.of("256m"));
  }

  /**
   * Every scenario at small scale, under 3 minutes on 2 shared cores: 300 documents, one-second
   * windows, one saved-query count, one heap (and one server JVM for both HTTP scenarios). The
   * figures show the shape, not the targets' scale.
   */
  public static Profile quick() {
    return new Profile(
        "quick",
        List.of(300L),
        defaultThreads(),
        List.of(1, 2, 8),
        Duration.ofSeconds(1),
        2_000,
        Duration.ofSeconds(1),
        List.of(100),
        64,
        Duration.ofSeconds(3),
        2_000,
        100,
        500,
        List.of("256m"));
  }

  /**
   * The sizes the targets are stated at: about an hour on 2 idle cores, most of it the 1M ingest
   * (which is resumable: see {@link PreparedIndexes}) and the registration of 100k saved queries.
   */
  public static Profile full() {
    return new Profile(
        "full",
        List.of(100_000L, 1_000_000L),
        defaultThreads(),
        List.of(1, 2, 8),
        Duration.ofSeconds(20),
        50_000,
        Duration.ofSeconds(10),
        List.of(1_000, 10_000, 100_000),
        2_000,
        Duration.ofSeconds(60),
        50_000,
        3_000,
        30_000,
        List.of("512m", "768m", "1g"));
  }

  public Profile withSavedQueryCounts(List<Integer> counts) {
    Copy c = new Copy(this);
    c.savedQueryCounts = counts;
    return c.build();
  }

  public Profile withSizes(List<Long> newSizes) {
    Copy c = new Copy(this);
    c.sizes = newSizes;
    return c.build();
  }

  public Profile withThreads(int newThreads) {
    Copy c = new Copy(this);
    c.threads = newThreads;
    return c.build();
  }

  /** A copy of a profile with the command line's overrides. */
  private static final class Copy {
    private final Profile p;
    private List<Long> sizes;
    private int threads;
    private List<Integer> savedQueryCounts;

    Copy(Profile p) {
      this.p = p;
      this.sizes = p.sizes;
      this.threads = p.threads;
      this.savedQueryCounts = p.savedQueryCounts;
    }

    Profile build() {
      return new Profile(
          p.name,
          sizes,
          threads,
          p.clientCounts,
          p.searchTime,
          p.maxRequests,
          p.warmUp,
          savedQueryCounts,
          p.alertDocuments,
          p.alertTime,
          p.sentences,
          p.pages,
          p.chatDocuments,
          p.serveHeaps);
    }
  }
}
