package dev.signaldesk.testsupport;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one fuzz input on a worker thread and fails it when it takes longer than the limit.
 *
 * <p>Why not JUnit's {@code @Timeout}: in fuzzing mode Jazzer runs the whole campaign inside one
 * test invocation, so a JUnit timeout would fail the campaign rather than the slow input. A hang
 * here becomes an {@link AssertionError}, which Jazzer records as a finding with its input. The
 * stuck worker is abandoned (a daemon thread) and a fresh one serves the next input.
 */
public final class PerInputTimeLimit {

  private final long limitMillis;
  private ExecutorService worker = newWorker();

  public PerInputTimeLimit(long limitMillis) {
    this.limitMillis = limitMillis;
  }

  /** Runs {@code work}; rethrows what it throws; fails when it outlives the limit. */
  public <T> T run(Callable<T> work) {
    Future<T> future = worker.submit(work);
    try {
      return future.get(limitMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      worker.shutdownNow();
      worker = newWorker();
      throw new AssertionError("input took longer than " + limitMillis + " ms (hang)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new AssertionError("checked exception escaped the parser", cause);
    }
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, "fuzz-input");
          t.setDaemon(true);
          return t;
        });
  }
}
