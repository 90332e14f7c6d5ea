package dev.signaldesk.api.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.config.SourceConfig;
import dev.signaldesk.crawler.crawl.SourceSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduledCrawlsTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

  private static SourceConfig source(String id, Duration schedule, boolean enabled) {
    return new SourceConfig(id, "feed", null, null, "http://x/feed", null, schedule, enabled);
  }

  @Test
  void onlyEnabledSourcesWithAScheduleAreJobs() {
    List<ScheduledCrawls.Job> jobs =
        ScheduledCrawls.jobs(
            List.of(
                source("a", Duration.ofMinutes(30), true),
                source("b", null, true),
                source("c", Duration.ofHours(1), false),
                source("d", Duration.ZERO, true)));

    assertThat(jobs).containsExactly(new ScheduledCrawls.Job("a", Duration.ofMinutes(30)));
  }

  @Test
  void aFailingPassIsCountedNotThrownAndTheNextOneRunsNormally() {
    int[] calls = {0};
    List<ScheduledCrawls.PassOutcome> told = new ArrayList<>();
    ScheduledCrawls crawls =
        new ScheduledCrawls(
            List.of(new ScheduledCrawls.Job("a", Duration.ofMinutes(30))),
            id -> {
              if (calls[0]++ == 0) {
                throw new IllegalStateException("state store unavailable");
              }
              return new SourceSummary(id, 3, 3, 0, 0, 0, 1, 2, 0, List.of("x: 500"));
            },
            told::add,
            clock);

    crawls.pass("a");
    ScheduledCrawls.Status failed = crawls.status().get(0);
    crawls.pass("a");
    ScheduledCrawls.Status ok = crawls.status().get(0);

    assertThat(failed.failures()).isEqualTo(1);
    assertThat(failed.passes()).isZero();
    assertThat(failed.lastFailure()).contains("state store unavailable");
    assertThat(ok.passes()).isEqualTo(1);
    assertThat(ok.failures()).isEqualTo(1);
    assertThat(ok.lastNewDocuments()).isEqualTo(2);
    assertThat(ok.lastErrors()).isEqualTo(1);
    assertThat(ok.lastFailure()).isNull();
    assertThat(ok.lastRunAt()).isEqualTo("2026-11-28T10:00:00Z");
    assertThat(told).hasSize(2);
    assertThat(told.get(0).summary()).isNull();
    assertThat(told.get(0).failure()).contains("state store unavailable");
    assertThat(told.get(1).summary().errors()).isEqualTo(1);
    assertThat(told.get(1).failure()).isNull();
  }

  @Test
  void aListenerThatThrowsDoesNotStopThePassFromBeingCounted() {
    ScheduledCrawls crawls =
        new ScheduledCrawls(
            List.of(new ScheduledCrawls.Job("a", Duration.ofMinutes(30))),
            id -> new SourceSummary(id, 1, 1, 0, 0, 0, 0, 1, 0, List.of()),
            outcome -> {
              throw new IllegalStateException("meter registry closed");
            },
            clock);

    crawls.pass("a");

    assertThat(crawls.status().get(0).passes()).isEqualTo(1);
  }
}
