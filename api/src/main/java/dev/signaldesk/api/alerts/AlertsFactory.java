package dev.signaldesk.api.alerts;

import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.indexer.alert.IndexAlertDocumentBuilder;
import dev.signaldesk.indexer.alert.IndexAlertQueryCompiler;
import dev.signaldesk.indexer.alert.NewReportAlerter;
import dev.signaldesk.indexer.alert.SavedQueryMatcher;
import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.indexer.search.SearchService;
import dev.signaldesk.indexer.search.UserQueryParser;
import dev.signaldesk.indexer.signal.index.SignalFields;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Wires the plain-Java alert matching ({@code dev.signaldesk.indexer.alert}) to the index, the
 * search's query parser and field registry, and the database.
 */
@Factory
public class AlertsFactory {

  /**
   * The document field holding a story id (reposts of one piece share it), written by the signals
   * contributor: matches de-duplicate per story, so a repost does not alert twice.
   */
  public static final String STORY_FIELD = SignalFields.STORY;

  /** The system clock, unless another bean (a test's fixed clock) replaces it. */
  @Singleton
  @Secondary
  Clock clock() {
    return Clock.systemUTC();
  }

  @Singleton
  @Bean(preDestroy = "close")
  SavedQueryMatcher savedQueryMatcher(
      ReportIndex index, SearchService search, SignalDeskConfig config) {
    UserQueryParser parser = new UserQueryParser(search.fields(), index.queryAnalyzer());
    return new SavedQueryMatcher(
        index.indexAnalyzer(),
        new IndexAlertQueryCompiler(parser::parse, search.fields()),
        new IndexAlertDocumentBuilder(index),
        STORY_FIELD,
        SavedQueryMatcher.DEFAULT_BATCH_SIZE,
        config.alerts().effectiveMatchThreads());
  }

  @Singleton
  NewReportAlerter newReportAlerter(
      SavedQueryMatcher matcher, MatchStore store, MatchBroadcaster broadcaster) {
    return new NewReportAlerter(matcher, store, broadcaster);
  }

  @Singleton
  WebhookTargetGuard webhookTargetGuard(SignalDeskConfig config) {
    return new WebhookTargetGuard(config.alerts().webhooks().allowPrivate());
  }
}
