package dev.signaldesk.api.testing;

import dev.signaldesk.api.conf.ServerProperties;
import dev.signaldesk.demo.DemoCorpus;
import dev.signaldesk.indexer.index.ReportIndex;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of API tests over the demo corpus's 48 news reports plus {@link TestReports}, indexed with
 * the signals contributor (story ids, models, sides, prices) in a fresh data directory under {@code
 * target/}. Subclasses add properties through {@link #extraProperties()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DemoCorpusDataDir implements TestPropertyProvider {
  protected Path dataDir;

  @Inject protected ReportIndex index;

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
    p.put("signaldesk.api.key", IndexedDataDir.ADMIN_KEY);
    p.put(SignalsTestFactory.PROPERTY, "true");
    p.putAll(extraProperties());
    return p;
  }

  /** More application properties for the subclass's context. */
  protected Map<String, String> extraProperties() {
    return Map.of();
  }

  @BeforeAll
  void indexDemoCorpus() {
    DemoCorpus.load().reports().forEach(index::upsert);
    TestReports.ALL.forEach(index::upsert);
    index.commit();
    index.refresh();
  }
}
