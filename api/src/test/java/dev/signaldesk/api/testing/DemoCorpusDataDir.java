package dev.signaldesk.api.testing;

import dev.signaldesk.api.conf.DataLayout;
import dev.signaldesk.api.conf.ServerProperties;
import dev.signaldesk.api.demo.DemoLoader;
import dev.signaldesk.crawler.chat.ChatImporter;
import dev.signaldesk.demo.DemoCorpus;
import dev.signaldesk.indexer.index.ReportIndex;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of API tests over the bundled demo corpus, loaded as {@code signaldesk demo} loads it
 * ({@link DemoLoader}: news archived as WARC records and indexed with the signal contributor, chat
 * exports imported and pseudonymised) into a fresh data directory under {@code target/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DemoCorpusDataDir implements TestPropertyProvider {
  /** An admin key: chat documents and imports need one. */
  public static final String ADMIN_KEY = "demo-corpus-admin-key";

  protected Path dataDir;
  protected DemoLoader.Loaded loaded;

  @Inject protected ReportIndex index;
  @Inject protected ChatImporter importer;

  @Override
  public Map<String, String> getProperties() {
    try {
      dataDir =
          Files.createTempDirectory(
              Files.createDirectories(Path.of("target", "api-test-data")), "demo");
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
  void loadDemoCorpus() {
    loaded =
        new DemoLoader(index, importer, new DataLayout(dataDir).archive(), Clock.systemUTC())
            .load(DemoCorpus.load());
    index.refresh();
  }
}
