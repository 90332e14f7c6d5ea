package dev.signaldesk.api.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.api.health.CrawlerStatus;
import dev.signaldesk.api.ops.SignalDeskMetrics;
import dev.signaldesk.config.ConfigLoader;
import dev.signaldesk.crawler.crawl.SourceSummary;
import dev.signaldesk.indexer.index.ReportIndex;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlPassRecorderTest {
  private static final Instant AT = Instant.parse("2026-11-28T06:00:00Z");

  @TempDir Path dir;
  private ReportIndex index;
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final CrawlerStatus status = new CrawlerStatus();
  private CrawlPassRecorder recorder;

  @BeforeEach
  void open() {
    index = ReportIndex.open(dir, new ConfigLoader().defaults().index(), List.of());
    recorder = new CrawlPassRecorder(new SignalDeskMetrics(meters, index), status);
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private double errors(String source, String kind) {
    var counter =
        meters.find("signaldesk.crawl.errors").tag("source", source).tag("status", kind).counter();
    return counter == null ? -1 : counter.count();
  }

  @Test
  void truncatedBodiesAreCountedApartFromOtherPageErrors() {
    SourceSummary s =
        new SourceSummary("36kr", 9, 6, 0, 0, 0, 3, 1, 5, 0, List.of("a: 500", "b: 404", "c: cut"));

    recorder.accept(new ScheduledCrawls.PassOutcome("36kr", AT, s, null));
    recorder.accept(new ScheduledCrawls.PassOutcome("36kr", AT.plusSeconds(60), s, null));

    assertThat(errors("36kr", CrawlPassRecorder.PAGE)).isEqualTo(4);
    assertThat(errors("36kr", CrawlPassRecorder.TRUNCATED)).isEqualTo(2);
    assertThat(errors("36kr", CrawlPassRecorder.PASS)).isEqualTo(-1);
    assertThat(status.lastRuns().get("36kr"))
        .isEqualTo(new CrawlerStatus.LastRun(AT.plusSeconds(60), 6, 3, null));
  }

  @Test
  void aFailedPassIsOnePassErrorAndAFailedLastRunOfItsSourceOnly() {
    SourceSummary ok = new SourceSummary("wechat", 2, 2, 0, 0, 0, 0, 2, 0, List.of());

    recorder.accept(new ScheduledCrawls.PassOutcome("wechat", AT, ok, null));
    recorder.accept(
        new ScheduledCrawls.PassOutcome(
            "36kr", AT, null, "java.io.UncheckedIOException: crawl state store unavailable"));

    assertThat(errors("36kr", CrawlPassRecorder.PASS)).isEqualTo(1);
    assertThat(status.lastRuns().get("36kr").failed()).isTrue();
    assertThat(status.lastRuns().get("36kr").error()).contains("crawl state store unavailable");
    assertThat(status.lastRuns().get("wechat").failed()).isFalse();
  }
}
