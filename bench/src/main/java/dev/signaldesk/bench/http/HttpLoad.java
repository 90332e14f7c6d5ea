package dev.signaldesk.bench.http;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A load generator in a separate process: sends request paths round robin to a loopback server from
 * closed-loop clients, at each client count in turn, after one unmeasured warm-up.
 */
public interface HttpLoad {

  /** Its name in result rows and on the command line: {@code java} or {@code wrk}. */
  String name();

  /** Why this generator cannot run here (e.g. a missing program), or empty when it can. */
  Optional<String> unavailable();

  /**
   * Runs the load.
   *
   * @param baseUrl the server, {@code http://127.0.0.1:port} (loopback only)
   * @param clientCounts concurrent clients per level, in order
   * @param window how long each level runs
   * @param maxRequests most requests per level (a generator that cannot count stops by time)
   * @param warmUp how long the warm-up before the first level runs
   * @param paths request paths, e.g. {@code /api/search?q=H100}
   * @return one result per client count, in order
   */
  List<LoadResult> run(
      String baseUrl,
      List<Integer> clientCounts,
      Duration window,
      int maxRequests,
      Duration warmUp,
      List<String> paths)
      throws IOException;
}
