package dev.signaldesk.api.reliability;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code wrk} (Debian package {@code wrk}) against one loopback URL and reads its report: a
 * load from a separate process, so the server's latency is not hidden by the test JVM's own GC
 * pauses. Two connections on one thread, a 30 s per-request timeout (a slow answer counts as slow,
 * not as a socket error).
 */
final class Wrk {
  private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
  private static final Pattern SOCKET =
      Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
  private static final Pattern PERCENTILE =
      Pattern.compile("^\\s*(50|99)%\\s+([\\d.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);

  /**
   * @param requests requests completed
   * @param non2xx answers outside 2xx
   * @param socketErrors connect, read, write errors and timeouts
   * @param p50Millis median latency
   * @param p99Millis 99th percentile latency
   * @param output wrk's whole report
   */
  record Result(
      String url,
      long requests,
      long non2xx,
      long socketErrors,
      double p50Millis,
      double p99Millis,
      String output) {
    String summary() {
      return String.format(
          Locale.ROOT,
          "%s: %d requests, %d non-2xx, %d socket errors, p50 %.1f ms, p99 %.1f ms",
          url.replaceFirst("^http://[^/]+", ""),
          requests,
          non2xx,
          socketErrors,
          p50Millis,
          p99Millis);
    }
  }

  private Wrk() {}

  /** True when a {@code wrk} executable is on the PATH. */
  static boolean available() {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "wrk"))) {
        return true;
      }
    }
    return false;
  }

  static Result run(String url, String bearerKey, int seconds) {
    try {
      Process p =
          new ProcessBuilder(
                  List.of(
                      "wrk",
                      "-t1",
                      "-c2",
                      "-d" + seconds + "s",
                      "--timeout",
                      "30s",
                      "--latency",
                      "-H",
                      "Authorization: Bearer " + bearerKey,
                      url))
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(seconds + 60L, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("wrk failed: " + out);
      }
      return parse(url, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Result parse(String url, String out) {
    long socketErrors = 0;
    Matcher s = SOCKET.matcher(out);
    if (s.find()) {
      for (int i = 1; i <= 4; i++) {
        socketErrors += Long.parseLong(s.group(i));
      }
    }
    double p50 = Double.NaN;
    double p99 = Double.NaN;
    Matcher m = PERCENTILE.matcher(out);
    while (m.find()) {
      double v = Double.parseDouble(m.group(2));
      double millis =
          switch (m.group(3)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            default -> v;
          };
      if (m.group(1).equals("50")) {
        p50 = millis;
      } else {
        p99 = millis;
      }
    }
    return new Result(url, first(REQUESTS, out), first(NON_2XX, out), socketErrors, p50, p99, out);
  }

  private static long first(Pattern p, String out) {
    Matcher m = p.matcher(out);
    return m.find() ? Long.parseLong(m.group(1)) : 0;
  }
}
