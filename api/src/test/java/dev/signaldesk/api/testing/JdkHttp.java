package dev.signaldesk.api.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Raw requests through the JDK client, for tests that talk to a server over loopback (in this JVM
 * or a child one): every status, 401 and 500 included, comes back as a response, and the request
 * goes out exactly as built, without a Micronaut client's own handling.
 */
public final class JdkHttp {
  private JdkHttp() {}

  /** A request to {@code uri} with a JSON body, or with none when {@code json} is null. */
  public static HttpRequest.Builder request(URI uri, String method, String json) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri);
    if (json == null) {
      return b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return b.header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(json));
  }

  /** Sends {@code request} with {@code key} as a bearer token (none when null). */
  public static HttpResponse<String> send(
      HttpClient http, HttpRequest.Builder request, String key) {
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
