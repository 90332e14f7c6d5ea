package dev.signaldesk.api.health;

import dev.signaldesk.api.conf.DataLayout;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Adds the WARC archive directory ({@code <data>/archive}) to {@code GET /health}: UP when a file
 * can be created and deleted in it, with the free space of its disk; DOWN when the disk is full or
 * read-only, which would make every crawl fail while searches still work.
 */
@Singleton
public class DataDirHealthIndicator implements HealthIndicator {
  private final Path archive;

  public DataDirHealthIndicator(DataLayout layout) {
    this.archive = archiveOf(layout);
  }

  /** Where crawls write their WARC files (the crawler's {@code CrawlRunner} uses the same). */
  static Path archiveOf(DataLayout layout) {
    return layout.root().resolve("archive");
  }

  @Override
  public Publisher<HealthResult> getResult() {
    return Mono.fromCallable(this::check);
  }

  private HealthResult check() {
    HealthResult.Builder result = HealthResult.builder("archive");
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("directory", archive.toString());
    try {
      Files.createDirectories(archive);
      Path probe = Files.createTempFile(archive, ".health-", ".tmp");
      Files.delete(probe);
      details.put("writable", true);
      details.put("freeBytes", Files.getFileStore(archive).getUsableSpace());
      return result.status(HealthStatus.UP).details(details).build();
    } catch (IOException | RuntimeException e) {
      details.put("writable", false);
      details.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
      return result.status(HealthStatus.DOWN).details(details).build();
    }
  }
}
