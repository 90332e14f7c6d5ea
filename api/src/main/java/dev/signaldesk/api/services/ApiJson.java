package dev.signaldesk.api.services;

import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The JSON the API writes, for code outside a running server (the CLI's {@code --json}).
 *
 * <p>It is Micronaut Serialization's default mapper, the same serializer with the same default
 * settings the HTTP server uses for responses, driven by the same {@code @Serdeable} records; a
 * test compares the CLI output with a live response byte for byte.
 */
public final class ApiJson {
  private ApiJson() {}

  public static String write(Object value) {
    try {
      return ObjectMapper.getDefault().writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }
}
