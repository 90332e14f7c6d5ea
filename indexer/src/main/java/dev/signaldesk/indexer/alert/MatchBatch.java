package dev.signaldesk.indexer.alert;

import java.util.List;

/**
 * The outcome of matching one batch of reports.
 *
 * @param matches every (saved query, report) pair that matched, in report order
 * @param errors saved queries or reports that could not be matched; the rest still were
 */
public record MatchBatch(List<AlertMatch> matches, List<MatchError> errors) {

  public MatchBatch {
    matches = List.copyOf(matches);
    errors = List.copyOf(errors);
  }

  /**
   * @param savedQueryId the failing saved query, or null when a report failed to convert
   * @param reportId the failing report, or null when a query failed for the whole batch
   * @param message what went wrong
   */
  public record MatchError(String savedQueryId, String reportId, String message) {}
}
