package dev.signaldesk.bench.scenario;

import dev.signaldesk.bench.corpus.CorpusSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The generated indexes of one corpus, kept under {@code <work>/<corpus key>/}: {@code data/index}
 * (the SignalDesk index, in the data-directory layout {@code ./signaldesk serve --data} expects)
 * and {@code baseline} (raw Lucene). A {@code READY} file is written only after both are complete
 * and closed, so an interrupted build is never mistaken for a finished one and is rebuilt.
 */
public final class PreparedIndexes {
  private final BenchContext ctx;

  PreparedIndexes(BenchContext ctx) {
    this.ctx = ctx;
  }

  public Path root(CorpusSpec spec) {
    return ctx.work().resolve(spec.key());
  }

  /** The data directory to serve: its {@code index} subdirectory is the SignalDesk index. */
  public Path dataDir(CorpusSpec spec) {
    return root(spec).resolve("data");
  }

  public Path index(CorpusSpec spec) {
    return dataDir(spec).resolve("index");
  }

  public Path baseline(CorpusSpec spec) {
    return root(spec).resolve("baseline");
  }

  public boolean ready(CorpusSpec spec) {
    return Files.exists(root(spec).resolve("READY"));
  }

  void markReady(CorpusSpec spec) {
    try {
      Files.writeString(root(spec).resolve("READY"), "documents=" + spec.size() + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes whatever an earlier (possibly interrupted) build left. */
  void clear(CorpusSpec spec) throws IOException {
    deleteTree(root(spec));
    Files.createDirectories(dataDir(spec));
  }

  /**
   * Makes sure the indexes of {@code documents} exist, building them with the ingest scenario if
   * not (its result is recorded with the run's results, so that build is not wasted).
   */
  public void ensure(long documents) throws IOException {
    CorpusSpec spec = ctx.corpus(documents);
    if (!ready(spec)) {
      ctx.progress("building the %,d-document indexes first (ingest scenario)", documents);
      ctx.results().addAll(new IngestScenario().run(ctx, documents));
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Bytes of all files under {@code dir}. */
  static long sizeOf(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
