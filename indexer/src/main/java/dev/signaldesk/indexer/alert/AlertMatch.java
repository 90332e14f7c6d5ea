package dev.signaldesk.indexer.alert;

import dev.signaldesk.model.Report;
import java.util.Objects;

/**
 * One saved query matching one new report.
 *
 * @param savedQueryId the saved query
 * @param dedupKey what the alert is about: {@code story:<id>} when the report belongs to a story
 *     (reposts of one piece alert once), else {@code doc:<report id>}
 * @param report the matching report
 */
public record AlertMatch(String savedQueryId, String dedupKey, Report report) {

  public AlertMatch {
    Objects.requireNonNull(savedQueryId, "The 'savedQueryId' parameter must not be null.");
    Objects.requireNonNull(dedupKey, "The 'dedupKey' parameter must not be null.");
    Objects.requireNonNull(report, "The 'report' parameter must not be null.");
  }
}
