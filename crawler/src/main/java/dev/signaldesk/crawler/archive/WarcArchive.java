package dev.signaldesk.crawler.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Reads the archive back: one response by file and record id (the snapshot endpoint), or every
 * response in every file (reindexing). A file cut short by a crash yields the records before the
 * cut; the damage is reported in {@link ScanReport#errors()}, never thrown.
 */
public final class WarcArchive {
  private final Path dir;

  /**
   * @param dir the archive directory ({@code <data>/archive})
   */
  public WarcArchive(Path dir) {
    this.dir = dir;
  }

  public Path dir() {
    return dir;
  }

  /** The WARC files, oldest first (names start with their creation time). */
  public List<Path> files() {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".warc.gz")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /**
   * The archived response with this record id.
   *
   * @param warcFile file name relative to the archive directory (no directories allowed)
   * @param recordId {@code <urn:uuid:...>} (the brackets are optional)
   * @return empty if the file has no such response record
   * @throws NoSuchFileException if the file does not exist
   * @throws IOException if the only response records with this id are damaged
   * @throws IllegalArgumentException if {@code warcFile} tries to leave the archive directory
   */
  public Optional<ArchivedResponse> read(String warcFile, String recordId) throws IOException {
    Path file = resolve(warcFile);
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString());
    }
    String wanted = stripBrackets(recordId);
    IOException damaged = null;
    try (WarcReader reader = new WarcReader(file)) {
      for (Optional<WarcRecord> r = nextOrEnd(reader); r.isPresent(); r = nextOrEnd(reader)) {
        if (r.get() instanceof WarcResponse resp && wanted.equals(idOrNull(resp))) {
          try {
            return Optional.of(toArchived(warcFile, resp));
          } catch (IOException e) {
            // A damaged record with this id; an intact one further on (as the scan sees it) wins.
            damaged = e;
          }
        }
      }
    }
    if (damaged != null) {
      throw damaged;
    }
    return Optional.empty();
  }

  /** What a scan of the archive found. */
  public record ScanReport(int files, int responses, List<String> errors) {}

  /** Hands every response record in every file, oldest first, to {@code consumer}. */
  public ScanReport forEachResponse(Consumer<ArchivedResponse> consumer) {
    int files = 0;
    int responses = 0;
    List<String> errors = new ArrayList<>();
    for (Path file : files()) {
      files++;
      String name = file.getFileName().toString();
      try (WarcReader reader = new WarcReader(file)) {
        while (true) {
          Optional<WarcRecord> r;
          try {
            r = reader.next();
          } catch (IOException | RuntimeException e) {
            errors.add(name + " @" + reader.position() + ": unreadable after this point: " + e);
            break;
          }
          if (r.isEmpty()) {
            break;
          }
          if (r.get() instanceof WarcResponse resp) {
            ArchivedResponse archived;
            try {
              archived = toArchived(name, resp);
            } catch (IOException e) {
              errors.add(name + " @" + reader.position() + ": " + e.getMessage());
              continue;
            }
            consumer.accept(archived);
            responses++;
          }
        }
      } catch (IOException e) {
        errors.add(name + ": " + e.getMessage());
      }
    }
    return new ScanReport(files, responses, List.copyOf(errors));
  }

  private static Optional<WarcRecord> nextOrEnd(WarcReader reader) {
    try {
      return reader.next();
    } catch (IOException | RuntimeException e) {
      // A record cut off by a crash ends the file; everything before it was already returned.
      return Optional.empty();
    }
  }

  private Path resolve(String warcFile) {
    Path file = dir.resolve(warcFile).normalize();
    if (!file.getParent().equals(dir.normalize())
        || warcFile.contains("/")
        || warcFile.contains("\\")) {
      throw new IllegalArgumentException(
          "The 'warcFile' parameter must be a file name inside the archive: " + warcFile);
    }
    return file;
  }

  private static String stripBrackets(String id) {
    String s = id.trim();
    if (s.startsWith("<") && s.endsWith(">")) {
      s = s.substring(1, s.length() - 1);
    }
    return s;
  }

  /** The record's id, or null when its header is malformed (missing, repeated, not a URI). */
  private static String idOrNull(WarcRecord r) {
    try {
      return r.id().toString();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * @throws IOException also when a header jwarc parses lazily is malformed: jwarc reports a
   *     repeated {@code WARC-Record-ID}, a bad date or URI as a {@link RuntimeException}, which
   *     must not end a reindex scan or reach the snapshot endpoint as a 500
   */
  private static ArchivedResponse toArchived(String file, WarcResponse resp) throws IOException {
    try {
      return archived(file, resp);
    } catch (RuntimeException e) {
      throw new IOException("malformed record: " + e.getMessage(), e);
    }
  }

  private static ArchivedResponse archived(String file, WarcResponse resp) throws IOException {
    HttpResponse http = resp.http();
    byte[] body = http.body().stream().readAllBytes();
    return new ArchivedResponse(
        file,
        "<" + resp.id() + ">",
        resp.targetURI(),
        resp.date(),
        http.status(),
        http.headers().map(),
        http.headers().first("Content-Type").orElse(null),
        body,
        resp.truncated() != WarcTruncationReason.NOT_TRUNCATED,
        resp.payloadDigest().map(d -> d.algorithm() + ":" + d.base32()).orElse(null));
  }
}
