package dev.signaldesk.api.crawl;

import dev.signaldesk.config.SourceConfig;
import dev.signaldesk.crawler.crawl.SourceSummary;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The passes {@code serve} runs on the sources that have a {@code schedule}: which sources, how
 * often, and what each pass did. A failing pass is logged and counted, never thrown, because an
 * exception would cancel the source's schedule (and must never reach the server).
 *
 * <p>Plain Java: {@link CrawlScheduler} gives it an executor, the crawl runner and a listener that
 * is told every pass's outcome (metrics and health, {@link CrawlPassRecorder}).
 */
public final class ScheduledCrawls {
  private static final Logger LOG = LoggerFactory.getLogger(ScheduledCrawls.class);

  /** One source's schedule. */
  public record Job(String sourceId, Duration every) {}

  /**
   * What the passes over one source did so far.
   *
   * @param passes passes finished (with or without page errors)
   * @param failures passes that threw (network stack, state store, index)
   * @param lastRunAt when the last pass ended, ISO-8601; null before the first
   * @param lastNewDocuments new documents of the last successful pass
   * @param lastErrors page errors of the last successful pass
   * @param lastFailure the exception of the last failed pass; null if the last pass succeeded
   */
  @Serdeable
  public record Status(
      String sourceId,
      String every,
      long passes,
      long failures,
      String lastRunAt,
      int lastNewDocuments,
      int lastErrors,
      String lastFailure) {}

  /**
   * What one pass over one source ended with.
   *
   * @param at when the pass ended
   * @param summary what the pass did; null when it failed as a whole
   * @param failure why the pass failed as a whole; null when it completed
   */
  public record PassOutcome(String sourceId, Instant at, SourceSummary summary, String failure) {}

  private final Function<String, SourceSummary> runner;
  private final Consumer<PassOutcome> listener;
  private final Clock clock;
  private final Map<String, Status> status = new LinkedHashMap<>();

  /**
   * @param runner one pass over one source ({@code CrawlRunner::runSource})
   * @param listener told the outcome of every pass, after the status is updated
   */
  public ScheduledCrawls(
      List<Job> jobs,
      Function<String, SourceSummary> runner,
      Consumer<PassOutcome> listener,
      Clock clock) {
    this.runner = runner;
    this.listener = listener;
    this.clock = clock;
    for (Job j : jobs) {
      status.put(
          j.sourceId(), new Status(j.sourceId(), j.every().toString(), 0, 0, null, 0, 0, null));
    }
  }

  /** The enabled sources with a positive {@code schedule}, in configuration order. */
  public static List<Job> jobs(List<SourceConfig> sources) {
    List<Job> jobs = new ArrayList<>();
    for (SourceConfig s : sources) {
      if (Boolean.TRUE.equals(s.enabled())
          && s.schedule() != null
          && !s.schedule().isZero()
          && !s.schedule().isNegative()) {
        jobs.add(new Job(s.id(), s.schedule()));
      }
    }
    return List.copyOf(jobs);
  }

  /** Runs one pass over {@code sourceId}; never throws. */
  public void pass(String sourceId) {
    Status before = status(sourceId);
    PassOutcome outcome;
    try {
      SourceSummary s = runner.apply(sourceId);
      outcome = new PassOutcome(sourceId, clock.instant(), s, null);
      put(
          new Status(
              sourceId,
              before.every(),
              before.passes() + 1,
              before.failures(),
              outcome.at().toString(),
              s.newDocuments(),
              s.errors(),
              null));
      LOG.info(
          "crawl pass over {}: {} new documents, {} errors",
          sourceId,
          s.newDocuments(),
          s.errors());
    } catch (RuntimeException e) {
      outcome = new PassOutcome(sourceId, clock.instant(), null, e.toString());
      put(
          new Status(
              sourceId,
              before.every(),
              before.passes(),
              before.failures() + 1,
              outcome.at().toString(),
              0,
              0,
              e.toString()));
      LOG.warn("crawl pass over {} failed; the next one runs on schedule", sourceId, e);
    }
    try {
      listener.accept(outcome);
    } catch (RuntimeException e) {
      // Metrics or health failing must not cancel the source's schedule either.
      LOG.warn("recording the crawl pass over {} failed: {}", sourceId, e.toString());
    }
  }

  /** The status of every scheduled source. */
  public synchronized List<Status> status() {
    return List.copyOf(status.values());
  }

  private synchronized Status status(String sourceId) {
    return status.getOrDefault(sourceId, new Status(sourceId, null, 0, 0, null, 0, 0, null));
  }

  private synchronized void put(Status s) {
    status.put(s.sourceId(), s);
  }
}
