package dev.signaldesk.indexer.alert;

import dev.signaldesk.indexer.index.CommitListener;
import dev.signaldesk.indexer.index.IndexedReport;
import dev.signaldesk.model.Report;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index's commit listener for alerts: matches the reports a commit made new, records the
 * matches, and tells {@code onNew} about the ones that were not recorded before.
 *
 * <p>Runs on the committing thread, after the commit: a failure here is logged and reported, never
 * thrown back into the index, so a broken alert cannot lose a crawl. Registered as a {@link
 * CommitListener}, it matches the documents the index built for the commit instead of enriching the
 * reports a second time.
 */
public final class NewReportAlerter implements CommitListener, Consumer<List<Report>> {
  private static final Logger LOG = LoggerFactory.getLogger(NewReportAlerter.class);

  private final SavedQueryMatcher matcher;
  private final MatchRecorder recorder;
  private final Consumer<List<AlertMatch>> onNew;

  /**
   * @param matcher the saved queries
   * @param recorder durable store of matches (de-duplicates)
   * @param onNew told about newly recorded matches (live delivery); may be a no-op
   */
  public NewReportAlerter(
      SavedQueryMatcher matcher, MatchRecorder recorder, Consumer<List<AlertMatch>> onNew) {
    this.matcher = Objects.requireNonNull(matcher, "The 'matcher' parameter must not be null.");
    this.recorder = Objects.requireNonNull(recorder, "The 'recorder' parameter must not be null.");
    this.onNew = Objects.requireNonNull(onNew, "The 'onNew' parameter must not be null.");
  }

  @Override
  public void accept(List<Report> newReports) {
    process(newReports);
  }

  @Override
  public void committed(List<Report> newReports) {
    process(newReports);
  }

  @Override
  public void committedIndexed(List<IndexedReport> newReports) {
    processIndexed(newReports);
  }

  /**
   * Matches (building the reports' documents) and records; returns what happened.
   *
   * @return the batch result (all matches, including already-recorded ones) and the new ones
   */
  public Outcome process(List<Report> newReports) {
    if (newReports.isEmpty() || matcher.size() == 0) {
      return new Outcome(new MatchBatch(List.of(), List.of()), List.of());
    }
    return recordAndTell(matcher.match(newReports));
  }

  /** As {@link #process}, for reports with the documents the index built for them. */
  public Outcome processIndexed(List<IndexedReport> newReports) {
    if (newReports.isEmpty() || matcher.size() == 0) {
      return new Outcome(new MatchBatch(List.of(), List.of()), List.of());
    }
    return recordAndTell(matcher.matchIndexed(newReports));
  }

  private Outcome recordAndTell(MatchBatch batch) {
    for (MatchBatch.MatchError e : batch.errors()) {
      LOG.warn(
          "alert matching failed (saved query {}, report {}): {}",
          e.savedQueryId(),
          e.reportId(),
          e.message());
    }
    List<AlertMatch> fresh =
        batch.matches().isEmpty() ? List.of() : recorder.record(batch.matches());
    if (!fresh.isEmpty()) {
      try {
        onNew.accept(fresh);
      } catch (RuntimeException e) {
        // Live delivery is best effort; the matches are already stored for the outbox.
        LOG.warn("live alert delivery failed: {}", e.toString());
      }
    }
    return new Outcome(batch, fresh);
  }

  /**
   * @param batch every match and error of the run
   * @param recorded the matches recorded for the first time
   */
  public record Outcome(MatchBatch batch, List<AlertMatch> recorded) {}
}
