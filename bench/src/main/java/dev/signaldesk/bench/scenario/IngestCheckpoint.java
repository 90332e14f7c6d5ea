package dev.signaldesk.bench.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where an index build stands: the corpus position of the next batch, written after both the
 * SignalDesk index and the raw-Lucene baseline have committed everything before it. Replaced
 * atomically, so a kill leaves either the old position or the new one, never half a file.
 */
final class IngestCheckpoint {
  private static final String PREFIX = "next=";

  private final Path file;

  IngestCheckpoint(Path root) {
    this.file = root.resolve("INGEST-CHECKPOINT");
  }

  /** The first document still to index: 0 when there is no checkpoint (a fresh build). */
  long next() {
    try {
      if (!Files.exists(file)) {
        return 0;
      }
      String line = Files.readString(file).strip();
      if (!line.startsWith(PREFIX)) {
        throw new IllegalStateException(file + ": not a checkpoint: " + line);
      }
      return Long.parseLong(line.substring(PREFIX.length()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void record(long next) {
    try {
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(tmp, PREFIX + next + "\n");
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void delete() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
