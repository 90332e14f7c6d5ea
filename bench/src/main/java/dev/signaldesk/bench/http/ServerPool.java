package dev.signaldesk.bench.http;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Keeps the last started benchmark server running, so that the next scenario asking for the same
 * data directory and heap reuses it instead of starting a JVM again (20–60 s under load): in a
 * quick run the HTTP search and serve-heap scenarios share one server. A server that died, or one
 * for another directory or heap, is replaced; a scenario that found a server unfit discards it.
 */
public final class ServerPool implements Closeable {

  private final String java;
  private final Path apiJar;
  private ServerProcess current;
  private Path dataDir;
  private String heap;

  /**
   * @param java the java launcher for the server JVM
   * @param apiJar the runnable API jar
   */
  public ServerPool(String java, Path apiJar) {
    this.java = java;
    this.apiJar = apiJar;
  }

  /** A running server on {@code dataDir} with {@code -Xmx heap}, started if need be. */
  public synchronized ServerProcess server(Path dataDir, Path configFile, String heap)
      throws IOException {
    if (current != null
        && current.isAlive()
        && dataDir.equals(this.dataDir)
        && heap.equals(this.heap)) {
      return current;
    }
    close();
    current = ServerProcess.start(java, apiJar, dataDir, configFile, heap, List.of());
    this.dataDir = dataDir;
    this.heap = heap;
    return current;
  }

  /** Whether the next {@link #server} call for these would reuse a running server. */
  public synchronized boolean running(Path dataDir, String heap) {
    return current != null
        && current.isAlive()
        && dataDir.equals(this.dataDir)
        && heap.equals(this.heap);
  }

  /** Stops the running server, if any; the next {@link #server} call starts a fresh one. */
  @Override
  public synchronized void close() {
    if (current != null) {
      current.close();
      current = null;
      dataDir = null;
      heap = null;
    }
  }
}
