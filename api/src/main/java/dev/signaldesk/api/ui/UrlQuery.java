package dev.signaldesk.api.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** Builds {@code a=1&b=2} query strings, skipping blank values. */
final class UrlQuery {
  private final StringJoiner parts = new StringJoiner("&");

  UrlQuery add(String name, String value) {
    if (value != null && !value.isBlank()) {
      parts.add(name + "=" + encode(value));
    }
    return this;
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** {@code path} plus the query, or {@code path} alone when nothing was added. */
  String on(String path) {
    String q = parts.toString();
    return q.isEmpty() ? path : path + "?" + q;
  }
}
