package dev.signaldesk.api.testing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

/** Blocking GETs that return error responses instead of throwing them. */
public final class Http {
  private Http() {}

  /** The response with its body as a String, whatever the status. */
  public static HttpResponse<String> get(HttpClient client, String uri) {
    try {
      return client.toBlocking().exchange(HttpRequest.GET(uri), String.class);
    } catch (HttpClientResponseException e) {
      @SuppressWarnings("unchecked")
      HttpResponse<String> response = (HttpResponse<String>) e.getResponse();
      return response;
    }
  }

  /** The same, sent with {@code Authorization: Bearer <key>}. */
  public static HttpResponse<String> get(HttpClient client, String uri, String key) {
    try {
      return client.toBlocking().exchange(HttpRequest.GET(uri).bearerAuth(key), String.class);
    } catch (HttpClientResponseException e) {
      @SuppressWarnings("unchecked")
      HttpResponse<String> response = (HttpResponse<String>) e.getResponse();
      return response;
    }
  }

  public static String body(HttpResponse<?> response) {
    return response.getBody(String.class).orElse("");
  }
}
