package dev.signaldesk.api.signals;

import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.indexer.schema.FieldContributor;
import dev.signaldesk.indexer.search.QueryFieldRegistry;
import dev.signaldesk.indexer.signal.SignalExtractor;
import dev.signaldesk.indexer.signal.index.SignalFieldContributor;
import dev.signaldesk.indexer.signal.index.SignalQueryFields;
import java.time.Clock;
import java.util.List;

/**
 * The one place that says which contributors the report index runs and which fields queries may
 * name. The server's factory and every CLI command that opens the index (search, import, crawl,
 * reindex) call it, so a document indexed by one is searchable the same way by the others.
 */
public final class SignalWiring {
  private SignalWiring() {}

  /** The signal contributor: models, side, prices, sentiment, story and price-mention children. */
  public static SignalFieldContributor contributor(
      SignalDeskConfig config, SignalExtractor extractor, Clock clock) {
    return new SignalFieldContributor(
        extractor, SignalFieldContributor.storyResolver(config.signals().storyMaxHamming()), clock);
  }

  /** Every contributor the index runs, for code outside the application context. */
  public static List<FieldContributor> contributors(SignalDeskConfig config, Clock clock) {
    return List.of(contributor(config, new SignalExtractor(config.signals()), clock));
  }

  /**
   * The standard report fields plus the signal fields ({@code model:}, {@code signal:}, {@code
   * price_cny_gpu_hour:} ...).
   */
  public static QueryFieldRegistry queryFields(SignalDeskConfig config) {
    return SignalQueryFields.register(QueryFieldRegistry.standard(), config.signals());
  }
}
