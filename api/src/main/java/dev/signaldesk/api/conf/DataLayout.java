package dev.signaldesk.api.conf;

import java.nio.file.Path;

/**
 * Where things live inside a data directory. One place, so the server, the CLI's read-only search
 * and the demo's wipe agree.
 *
 * @param root the data directory itself
 */
public record DataLayout(Path root) {

  public DataLayout {
    root = root.toAbsolutePath().normalize();
  }

  /** The Lucene index. */
  public Path index() {
    return root.resolve("index");
  }

  /** The WARC archive the crawler writes and the snapshot endpoint and reindex read. */
  public Path archive() {
    return root.resolve("archive");
  }
}
