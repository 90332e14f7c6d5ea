package dev.signaldesk.bench.scenario;

import java.time.Duration;
import java.util.List;

/**
 * How big and how long a run is.
 *
 * @param name {@code quick} or {@code full}
 * @param sizes corpus sizes the index scenarios run at
 * @param clientCounts concurrent search clients
 * @param searchTime how long each search level runs (bounded also by {@code maxRequests})
 * @param maxRequests most requests per search level
 * @param savedQueryCounts saved queries the alert scenario registers
 * @param alertDocuments reports matched against them
 * @param sentences sentences given to the price extractor
 * @param pages pages given to the article extractor
 * @param chatDocuments corpus documents scanned for the chat export (about 60% are chat messages)
 * @param serveHeaps -Xmx values tried, smallest first, for serving the largest index
 */
public record Profile(
    String name,
    List<Long> sizes,
    List<Integer> clientCounts,
    Duration searchTime,
    int maxRequests,
    List<Integer> savedQueryCounts,
    int alertDocuments,
    int sentences,
    int pages,
    long chatDocuments,
    List<String> serveHeaps) {

  /** Every scenario at small scale: a smoke test that finishes in a few minutes on 2 cores. */
  public static Profile quick() {
    return new Profile(
        "quick",
        List.of(3_000L),
        List.of(1, 2, 8),
        Duration.ofSeconds(3),
        3_000,
        List.of(100, 1_000),
        300,
        5_000,
        300,
        8_000,
        List.of("256m"));
  }

  /** The sizes the targets are stated at. Long on 2 cores: split it with --scenario. */
  public static Profile full() {
    return new Profile(
        "full",
        List.of(100_000L, 1_000_000L),
        List.of(1, 2, 8),
        Duration.ofSeconds(20),
        50_000,
        List.of(1_000, 10_000, 100_000),
        2_000,
        50_000,
        3_000,
        300_000,
        List.of("512m", "1g"));
  }

  public Profile withSavedQueryCounts(List<Integer> counts) {
    return new Profile(
        name,
        sizes,
        clientCounts,
        searchTime,
        maxRequests,
        List.copyOf(counts),
        alertDocuments,
        sentences,
        pages,
        chatDocuments,
        serveHeaps);
  }

  public Profile withSizes(List<Long> newSizes) {
    return new Profile(
        name,
        List.copyOf(newSizes),
        clientCounts,
        searchTime,
        maxRequests,
        savedQueryCounts,
        alertDocuments,
        sentences,
        pages,
        chatDocuments,
        serveHeaps);
  }
}
