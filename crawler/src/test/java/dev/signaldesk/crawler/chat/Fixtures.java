package dev.signaldesk.crawler.chat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Copies fixture files out of {@code src/test/resources/chat} and runs imports on them. */
final class Fixtures {

  static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private Fixtures() {}

  /** The fixture copied into {@code dir} under its own name. */
  static Path copy(String name, Path dir) {
    return copy(name, dir, name);
  }

  /** The fixture copied into {@code dir} under {@code asName}. */
  static Path copy(String name, Path dir, String asName) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/chat/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      Path target = dir.resolve(asName);
      Files.createDirectories(target.getParent());
      Files.copy(in, target);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/chat/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Copies the fixture into {@code dir/in} and imports it with a data directory under {@code dir}.
   */
  static ImportSummary importFixture(
      Path dir, String name, ImportOptions options, MemorySink sink) {
    return new ChatImporter(dir.resolve("data"), CLOCK)
        .importFile(copy(name, dir.resolve("in")), options, sink);
  }
}
