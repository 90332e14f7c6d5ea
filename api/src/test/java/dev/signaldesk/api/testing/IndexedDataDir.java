package dev.signaldesk.api.testing;

import dev.signaldesk.api.conf.ServerProperties;
import dev.signaldesk.indexer.index.ReportIndex;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the end-to-end API tests: a fresh data directory on disk per test class, handed to the
 * application as {@code signaldesk.data-dir}, filled with {@link TestReports} through the real
 * index bean and committed before the first test. The directories live under {@code target/} (the
 * application still has the index open when JUnit's after-all callbacks run, so they are left for
 * {@code mvn clean}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class IndexedDataDir implements TestPropertyProvider {
  /**
   * An admin key, handed over as {@code SIGNALDESK_API_KEY} would be: chat documents need a key
   * unless {@code api.anonymous-chat}.
   */
  public static final String ADMIN_KEY = "indexed-data-dir-admin-key";

  protected Path dataDir;

  @Inject protected ReportIndex index;

  @Override
  public Map<String, String> getProperties() {
    try {
      dataDir =
          Files.createTempDirectory(
              Files.createDirectories(Path.of("target", "api-test-data")), "data");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of(
        ServerProperties.DATA_DIR,
        dataDir.toAbsolutePath().toString(),
        "signaldesk.api.key",
        ADMIN_KEY);
  }

  @BeforeAll
  void indexReports() {
    TestReports.ALL.forEach(index::upsert);
    index.commit();
    index.refresh();
  }
}
