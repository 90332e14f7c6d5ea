package dev.signaldesk.crawler.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads test resources. */
public final class Fixtures {

  public static String text(String path) {
    return new String(bytes(path), StandardCharsets.UTF_8);
  }

  public static byte[] bytes(String path) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Fixtures() {}
}
