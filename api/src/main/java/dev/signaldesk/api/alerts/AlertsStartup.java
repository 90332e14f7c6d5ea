package dev.signaldesk.api.alerts;

import dev.signaldesk.indexer.alert.AlertFilters;
import dev.signaldesk.indexer.alert.MatchBatch;
import dev.signaldesk.indexer.alert.NewReportAlerter;
import dev.signaldesk.indexer.alert.SavedQueryMatcher;
import dev.signaldesk.indexer.alert.SavedQuerySpec;
import dev.signaldesk.indexer.index.ReportIndex;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start-up: rebuilds the matcher's query index from the saved queries in the database, then
 * subscribes the alerter to the index's commits, so that no commit is matched against an empty
 * query index.
 */
@Singleton
final class AlertsStartup implements ApplicationEventListener<StartupEvent> {
  private static final Logger LOG = LoggerFactory.getLogger(AlertsStartup.class);

  private final SavedQueryStore store;
  private final SavedQueryMatcher matcher;
  private final NewReportAlerter alerter;
  private final ReportIndex index;

  AlertsStartup(
      SavedQueryStore store,
      SavedQueryMatcher matcher,
      NewReportAlerter alerter,
      ReportIndex index) {
    this.store = store;
    this.matcher = matcher;
    this.alerter = alerter;
    this.index = index;
  }

  @Override
  public void onApplicationEvent(StartupEvent event) {
    List<SavedQuerySpec> specs = store.all().stream().map(AlertsStartup::spec).toList();
    List<MatchBatch.MatchError> errors = matcher.replaceAll(specs);
    for (MatchBatch.MatchError e : errors) {
      // A query the parser of this version rejects stays stored (nothing is lost) but cannot alert.
      LOG.warn("Saved query {} is not matched: {}", e.savedQueryId(), e.message());
    }
    LOG.info("Matching {} saved queries against new reports", matcher.size());
    if (!index.isReadOnly()) {
      // As a listener (not a method reference) the alerter is handed the documents the commit
      // built, so reports are not enriched and analysed a second time for matching.
      index.addCommitListener(alerter);
    }
  }

  static SavedQuerySpec spec(SavedQuery q) {
    AlertFilters filters;
    try {
      filters = q.filters().toAlertFilters();
    } catch (SavedQueryException.Invalid e) {
      filters = AlertFilters.NONE;
    }
    return new SavedQuerySpec(q.id(), q.query(), filters);
  }
}
