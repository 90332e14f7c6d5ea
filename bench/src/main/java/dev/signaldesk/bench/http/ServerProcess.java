package dev.signaldesk.bench.http;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code signaldesk serve} in a child JVM on a free loopback port, with a given heap. Started from
 * the runnable API jar; stopped with SIGTERM (so the server releases its index and lock), then
 * killed if it does not stop.
 */
public final class ServerProcess implements Closeable {

  private static final Pattern READY = Pattern.compile("SignalDesk API at (http://\\S+)");
  private static final long START_TIMEOUT_SECONDS = 240;

  private final Process process;
  private final String url;
  private final List<String> output;

  private ServerProcess(Process process, String url, List<String> output) {
    this.process = process;
    this.url = url;
    this.output = output;
  }

  /**
   * Starts the server and waits until it prints its URL.
   *
   * @param configFile the YAML laid over the defaults (the bench lifts the per-key rate limit)
   * @param extraJvmArgs e.g. {@code -XX:StartFlightRecording=...}
   * @throws IOException if it does not start (its last output lines are in the message)
   */
  public static ServerProcess start(
      String java,
      Path apiJar,
      Path dataDir,
      Path configFile,
      String heap,
      List<String> extraJvmArgs)
      throws IOException {
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + heap, "-Dfile.encoding=UTF-8"));
    cmd.addAll(extraJvmArgs);
    cmd.addAll(
        List.of(
            "-jar",
            apiJar.toString(),
            "serve",
            "--data",
            dataDir.toString(),
            "--config",
            configFile.toString(),
            "--port",
            "0"));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    List<String> output = Collections.synchronizedList(new ArrayList<>());
    CompletableFuture<String> ready = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  if (output.size() < 200) {
                    output.add(line);
                  }
                  Matcher m = READY.matcher(line);
                  if (m.find()) {
                    ready.complete(m.group(1).replace("localhost", "127.0.0.1"));
                  }
                }
              } catch (IOException e) {
                // The process ended; the wait below reports it.
              }
              ready.completeExceptionally(new IOException("server exited before it was ready"));
            },
            "bench-server-output");
    reader.setDaemon(true);
    reader.start();
    try {
      return new ServerProcess(p, ready.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS), output);
    } catch (ExecutionException | TimeoutException e) {
      p.destroyForcibly();
      throw new IOException(
          "signaldesk serve did not start (" + e.getMessage() + "); last output: " + tail(output));
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while starting the server", e);
    }
  }

  public String url() {
    return url;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** The server's last output lines, for error messages. */
  public String outputTail() {
    return tail(output);
  }

  private static String tail(List<String> lines) {
    synchronized (lines) {
      return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
