package dev.signaldesk.crawler.fetch;

import dev.signaldesk.config.CrawlerConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches one URL over HTTP: follows redirects itself (so every hop is archived and loops are
 * caught), retries timeouts, 5xx and 429 with backoff or the server's Retry-After, decodes gzip /
 * deflate / br, caps the body, and sends the stored ETag / Last-Modified so an unchanged page costs
 * a 304. Every response, including redirects and errors, goes to the {@link ExchangeRecorder}.
 *
 * <p>Politeness is not decided here: each request waits for the {@link RequestGate} first.
 */
public final class HttpFetcher {
  private static final Logger LOG = LoggerFactory.getLogger(HttpFetcher.class);

  /** Closes bodies that are still arriving when the read timeout runs out. */
  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "fetch-read-timeout");
            t.setDaemon(true);
            return t;
          });

  private final CrawlerConfig config;
  private final HttpClient client;
  private final Clock clock;
  private final Sleeper sleeper;
  private final RequestGate gate;
  private final ExchangeRecorder recorder;
  private final RetryDelays delays;

  /**
   * @param client must not follow redirects itself ({@link #newClient(CrawlerConfig)} builds one)
   * @param gate called before every request (the per-host throttle)
   * @param recorder receives every response (the WARC archive)
   * @param delays backoff and Retry-After policy
   */
  public HttpFetcher(
      CrawlerConfig config,
      HttpClient client,
      Clock clock,
      Sleeper sleeper,
      RequestGate gate,
      ExchangeRecorder recorder,
      RetryDelays delays) {
    if (client.followRedirects() != HttpClient.Redirect.NEVER) {
      throw new IllegalArgumentException(
          "The 'client' must not follow redirects (each hop is followed and archived here).");
    }
    this.config = config;
    this.client = client;
    this.clock = clock;
    this.sleeper = sleeper;
    this.gate = gate;
    this.recorder = recorder;
    this.delays = delays;
  }

  /**
   * An HTTP client as the fetcher needs it: no redirects followed, the configured connect timeout.
   */
  public static HttpClient newClient(CrawlerConfig config) {
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(config.connectTimeout())
        .build();
  }

  /** Fetches {@code request.url()}, following at most {@code crawler.max-redirects} redirects. */
  public FetchResult fetch(FetchRequest request) {
    List<Redirect> hops = new ArrayList<>();
    Set<URI> seen = new HashSet<>();
    URI current = request.url();
    seen.add(normalised(current));
    while (true) {
      // Conditional headers belong to the URL they were stored for, not to a redirect target.
      boolean first = hops.isEmpty();
      Hop hop;
      try {
        hop =
            fetchWithRetries(
                current, first ? request.etag() : null, first ? request.lastModified() : null);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return FetchResult.failed(
            request.url(), current, clock.instant(), hops, FetchError.INTERRUPTED, null);
      }
      if (hop.error != null) {
        return FetchResult.failed(
                request.url(), current, clock.instant(), hops, hop.error, hop.errorMessage)
            .withAttempts(hop.attempts);
      }
      Exchange ex = hop.exchange;
      if (!isRedirect(ex.status())) {
        return result(request, current, ex, hops, hop, null, null);
      }
      URI target = location(current, ex.responseHeaders());
      if (target == null) {
        return result(
            request, current, ex, hops, hop, FetchError.BAD_REDIRECT, "no usable Location");
      }
      hops.add(new Redirect(current, ex.status(), target, hop.archive));
      if (!seen.add(normalised(target))) {
        return result(
            request, target, ex, hops, hop, FetchError.REDIRECT_LOOP, "back to " + target);
      }
      if (hops.size() > config.maxRedirects()) {
        return result(
            request,
            target,
            ex,
            hops,
            hop,
            FetchError.TOO_MANY_REDIRECTS,
            "more than " + config.maxRedirects() + " redirects");
      }
      if (!request.mayFollow().test(target)) {
        return result(
            request, target, ex, hops, hop, FetchError.ROBOTS_DENIED, "redirect to " + target);
      }
      current = target;
    }
  }

  private static FetchResult result(
      FetchRequest request,
      URI at,
      Exchange ex,
      List<Redirect> hops,
      Hop hop,
      FetchError error,
      String message) {
    return new FetchResult(
        request.url(),
        at,
        ex.status(),
        ex.responseHeaders(),
        ex.body(),
        ex.fetchedAt(),
        ex.truncation(),
        hops,
        error,
        message,
        hop.attempts,
        hop.archive);
  }

  /** The last attempt at one URL: either an exchange or an error. */
  private record Hop(
      Exchange exchange, ArchiveRef archive, FetchError error, String errorMessage, int attempts) {}

  private Hop fetchWithRetries(URI uri, String etag, String lastModified)
      throws InterruptedException {
    int attempt = 0;
    while (true) {
      attempt++;
      boolean mayRetry = attempt <= config.maxRetries();
      gate.awaitTurn(uri);
      Exchange ex;
      try {
        ex = exchange(uri, etag, lastModified);
      } catch (HttpTimeoutException e) {
        if (mayRetry) {
          sleeper.sleep(delays.backoff(attempt));
          continue;
        }
        String what = e instanceof HttpConnectTimeoutException ? "connect" : "response";
        return new Hop(null, null, FetchError.TIMEOUT, what + " timed out", attempt);
      } catch (IOException e) {
        if (e instanceof DecodingException) {
          return new Hop(null, null, FetchError.DECODING, e.getMessage(), attempt);
        }
        if (mayRetry) {
          sleeper.sleep(delays.backoff(attempt));
          continue;
        }
        String msg = e instanceof ConnectException ? "connection refused" : String.valueOf(e);
        return new Hop(null, null, FetchError.CONNECTION, msg, attempt);
      }
      ArchiveRef ref = archive(ex);
      int s = ex.status();
      if ((s == 429 || s >= 500) && mayRetry) {
        Duration wait = delays.retryAfter(first(ex.responseHeaders(), "retry-after"));
        sleeper.sleep(wait != null ? wait : delays.backoff(attempt));
        continue;
      }
      return new Hop(ex, ref, null, null, attempt);
    }
  }

  private ArchiveRef archive(Exchange ex) {
    try {
      return recorder.record(ex);
    } catch (IOException | RuntimeException e) {
      // The page itself is fine; losing its archive copy must not lose the page, but say so.
      LOG.warn("could not archive {} ({}): {}", ex.uri(), ex.status(), e.toString());
      return null;
    }
  }

  private Exchange exchange(URI uri, String etag, String lastModified)
      throws IOException, InterruptedException {
    Map<String, List<String>> sent = new LinkedHashMap<>();
    sent.put("User-Agent", List.of(config.userAgent()));
    sent.put("Accept", List.of("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
    sent.put("Accept-Encoding", List.of(ContentDecoding.ACCEPTED));
    if (etag != null) {
      sent.put("If-None-Match", List.of(etag));
    }
    if (lastModified != null) {
      sent.put("If-Modified-Since", List.of(lastModified));
    }
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET().timeout(config.readTimeout());
    sent.forEach((k, vs) -> vs.forEach(v -> b.header(k, v)));
    Instant started = clock.instant();
    long deadlineNanos = System.nanoTime() + config.readTimeout().toNanos();
    HttpResponse<InputStream> response;
    try {
      response = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IllegalArgumentException e) {
      throw new IOException("cannot request " + uri + ": " + e.getMessage(), e);
    }
    Map<String, List<String>> headers = response.headers().map();
    String encoding = first(headers, "content-encoding");
    AtomicBoolean timedOut = new AtomicBoolean();
    InputStream raw = response.body();
    long remaining = Math.max(1, deadlineNanos - System.nanoTime());
    ScheduledFuture<?> watchdog =
        WATCHDOG.schedule(
            () -> {
              timedOut.set(true);
              try {
                raw.close();
              } catch (IOException ignored) {
                // closing is the point; a failure to close changes nothing
              }
            },
            remaining,
            TimeUnit.NANOSECONDS);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Truncation truncation = Truncation.NONE;
    long max = config.maxBodyBytes();
    try (InputStream in = decoded(raw, encoding)) {
      byte[] buf = new byte[16384];
      int n;
      while ((n = in.read(buf)) >= 0) {
        long room = max - out.size();
        if (n > room) {
          out.write(buf, 0, (int) room);
          truncation = Truncation.LENGTH;
          break;
        }
        out.write(buf, 0, n);
      }
    } catch (IOException e) {
      if (timedOut.get()) {
        truncation = Truncation.TIME;
      } else if (e instanceof DecodingException) {
        throw e;
      } else if (isDecodingFailure(e, encoding)) {
        throw new DecodingException(uri + ": bad " + encoding + " body: " + e.getMessage());
      } else {
        throw e;
      }
    } finally {
      watchdog.cancel(false);
    }
    return new Exchange(
        uri, "GET", sent, response.statusCode(), headers, out.toByteArray(), truncation, started);
  }

  private static InputStream decoded(InputStream raw, String encoding) throws IOException {
    try {
      return ContentDecoding.decode(raw, encoding);
    } catch (IOException e) {
      throw new DecodingException(e.getMessage());
    }
  }

  private static boolean isDecodingFailure(IOException e, String encoding) {
    return encoding != null
        && (e instanceof java.util.zip.ZipException
            || e.getClass().getName().startsWith("org.brotli")
            || String.valueOf(e.getMessage()).contains("Brotli"));
  }

  /** A body whose Content-Encoding could not be undone: not worth retrying. */
  static final class DecodingException extends IOException {
    DecodingException(String message) {
      super(message);
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static URI location(URI base, Map<String, List<String>> headers) {
    String loc = first(headers, "location");
    if (loc == null || loc.isBlank()) {
      return null;
    }
    try {
      URI target = base.resolve(loc.trim().replace(" ", "%20"));
      String scheme = target.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
        return null;
      }
      return target;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static URI normalised(URI u) {
    try {
      return new URI(
          u.getScheme() == null ? null : u.getScheme().toLowerCase(java.util.Locale.ROOT),
          u.getRawAuthority() == null
              ? null
              : u.getRawAuthority().toLowerCase(java.util.Locale.ROOT),
          u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath(),
          u.getRawQuery(),
          null);
    } catch (java.net.URISyntaxException e) {
      return u;
    }
  }

  static String first(Map<String, List<String>> headers, String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return e.getValue().get(0);
      }
    }
    return null;
  }
}
