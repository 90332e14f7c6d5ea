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
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of API tests over the bundled demo corpus, loaded as {@code signaldesk demo} loads it
 * ({@link DemoLoader}: news archived as WARC records and indexed with the signal contributor, chat
 * exports imported and pseudonymised), plus {@link TestReports}, in a fresh data directory under
 * {@code target/}. Subclasses add properties through {@link #extraProperties()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DemoCorpusDataDir implements TestPropertyProvider {
  /** An admin key: chat documents and imports need one. */
  public static final String ADMIN_KEY = IndexedDataDir.ADMIN_KEY;

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
    Map<String, String> p = new HashMap<>();
    p.put(ServerProperties.DATA_DIR, dataDir.toAbsolutePath().toString());
    p.put("signaldesk.api.key", ADMIN_KEY);
    p.putAll(extraProperties());
    return p;
  }

  /** More application properties for the subclass's context. */
  protected Map<String, String> extraProperties() {
    return Map.of();
  }

  @BeforeAll
  void loadDemoCorpus() {
    loaded =
        new DemoLoader(index, importer, new DataLayout(dataDir).archive(), Clock.systemUTC())
            .load(DemoCorpus.load());
    TestReports.ALL.forEach(index::upsert);
    index.commit();
    index.refresh();
  }
}
