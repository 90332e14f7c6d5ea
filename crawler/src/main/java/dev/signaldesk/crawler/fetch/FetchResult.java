package dev.signaldesk.crawler.fetch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The outcome of fetching one URL, redirects included. A failure is data: {@link #error()} says
 * what went wrong, and {@link #status()} is 0 when no response arrived at all.
 *
 * @param requestedUrl the URL asked for
 * @param finalUrl the URL of the last response (after redirects)
 * @param status HTTP status of the last response, 0 if none
 * @param headers headers of the last response, names lower-cased
 * @param body decoded body of the last response (empty if none)
 * @param fetchedAt when the last response arrived
 * @param truncation whether the body is incomplete
 * @param redirects the hops followed, in order
 * @param error why no usable response was obtained, or null
 * @param errorMessage detail for {@code error}, or null
 * @param attempts requests sent for the last hop (1 + retries)
 * @param archive where the last response was archived, or null
 */
public record FetchResult(
    URI requestedUrl,
    URI finalUrl,
    int status,
    Map<String, List<String>> headers,
    byte[] body,
    Instant fetchedAt,
    Truncation truncation,
    List<Redirect> redirects,
    FetchError error,
    String errorMessage,
    int attempts,
    ArchiveRef archive) {

  public FetchResult {
    TreeMap<String, List<String>> lower = new TreeMap<>();
    if (headers != null) {
      headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    }
    headers = java.util.Collections.unmodifiableMap(lower);
    body = body == null ? new byte[0] : body;
    truncation = truncation == null ? Truncation.NONE : truncation;
    redirects = redirects == null ? List.of() : List.copyOf(redirects);
  }

  /** A fetch that never got a response. */
  public static FetchResult failed(
      URI requested, URI last, Instant at, List<Redirect> hops, FetchError error, String message) {
    return new FetchResult(
        requested, last, 0, Map.of(), null, at, null, hops, error, message, 0, null);
  }

  /** The same result, counting {@code n} requests for the last hop. */
  public FetchResult withAttempts(int n) {
    return new FetchResult(
        requestedUrl,
        finalUrl,
        status,
        headers,
        body,
        fetchedAt,
        truncation,
        redirects,
        error,
        errorMessage,
        n,
        archive);
  }

  /** A 2xx response with its whole body. */
  public boolean isComplete() {
    return error == null && status >= 200 && status < 300 && truncation == Truncation.NONE;
  }

  public boolean isNotModified() {
    return error == null && status == 304;
  }

  /** The first value of a header (case-insensitive name). */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  public String contentType() {
    return header("content-type").orElse(null);
  }

  /** The body as UTF-8, for logs and robots.txt; pages go through the charset decoder instead. */
  public String bodyUtf8() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** One line for logs and error lists: status or error, and the final URL. */
  public String describe() {
    String what =
        error != null
            ? error + (errorMessage == null ? "" : " (" + errorMessage + ")")
            : "HTTP " + status;
    return what + " " + finalUrl;
  }
}
