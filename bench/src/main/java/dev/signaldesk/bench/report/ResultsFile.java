package dev.signaldesk.bench.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads and writes {@code <dir>/<date>-<commit>.json}. Written to a temporary file and moved into
 * place, so an interrupted run never leaves half a file; NaN (a figure that could not be measured)
 * is written as the string {@code "NaN"} (Jackson's default), which Jackson reads back.
 */
public final class ResultsFile {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(com.fasterxml.jackson.core.JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS);

  private ResultsFile() {}

  public static Path path(Path dir, String date, String commit) {
    return dir.resolve(date + "-" + commit.replace('+', '-') + ".json");
  }

  public static Optional<BenchRun> read(Path file) throws IOException {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(file.toFile(), BenchRun.class));
    } catch (IOException e) {
      throw new IOException("Cannot read the results file " + file + ": " + e.getMessage(), e);
    }
  }

  public static void write(Path file, BenchRun run) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    JSON.writeValue(tmp.toFile(), run);
    Files.move(
        tmp,
        file,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
