package dev.signaldesk.api.testing;

import dev.signaldesk.api.conf.SignalDeskFactory;
import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.indexer.schema.FieldContributor;
import dev.signaldesk.indexer.search.QueryFieldRegistry;
import dev.signaldesk.indexer.search.SearchService;
import dev.signaldesk.indexer.signal.SignalExtractor;
import dev.signaldesk.indexer.signal.index.SignalFieldContributor;
import dev.signaldesk.indexer.signal.index.SignalQueryFields;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The signals contributor and signal query fields for tests that set {@value #PROPERTY}, until the
 * application's own wiring provides them for every context. Its beans step aside as soon as a main
 * factory registers a {@link SignalFieldContributor}.
 */
@Factory
@Requires(property = SignalsTestFactory.PROPERTY, value = "true")
public class SignalsTestFactory {
  public static final String PROPERTY = "test.signals";

  @Singleton
  @Requires(missingBeans = SignalFieldContributor.class)
  FieldContributor signalContributor(SignalDeskConfig config, Clock clock) {
    return new SignalFieldContributor(
        new SignalExtractor(config.signals()),
        SignalFieldContributor.storyResolver(config.signals().storyMaxHamming()),
        clock);
  }

  @Singleton
  @Replaces(bean = SearchService.class, factory = SignalDeskFactory.class)
  SearchService searchWithSignalFields(ReportIndex index, SignalDeskConfig config) {
    return new SearchService(
        index, SignalQueryFields.register(QueryFieldRegistry.standard(), config.signals()));
  }
}
