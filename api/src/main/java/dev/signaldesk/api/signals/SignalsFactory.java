package dev.signaldesk.api.signals;

import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.indexer.schema.FieldContributor;
import dev.signaldesk.indexer.search.QueryFieldRegistry;
import dev.signaldesk.indexer.signal.SignalExtractor;
import dev.signaldesk.indexer.signal.index.PriceIndexService;
import dev.signaldesk.indexer.signal.index.SelloffService;
import dev.signaldesk.indexer.signal.index.SentimentService;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Adds the signals library to the application: the contributor the index runs on every report
 * ({@code SignalDeskFactory} collects all {@link FieldContributor} beans), the query fields the
 * search service parses, and the aggregation services behind {@code /api/signals}.
 */
@Factory
public class SignalsFactory {

  @Singleton
  SignalExtractor signalExtractor(SignalDeskConfig config) {
    return new SignalExtractor(config.signals());
  }

  @Singleton
  FieldContributor signalFieldContributor(
      SignalDeskConfig config, SignalExtractor extractor, Clock clock) {
    return SignalWiring.contributor(config, extractor, clock);
  }

  @Singleton
  QueryFieldRegistry queryFieldRegistry(SignalDeskConfig config) {
    return SignalWiring.queryFields(config);
  }

  @Singleton
  PriceIndexService priceIndexService(ReportIndex index, SignalDeskConfig config) {
    return new PriceIndexService(index, config.signals());
  }

  @Singleton
  SelloffService selloffService(ReportIndex index) {
    return new SelloffService(index);
  }

  @Singleton
  SentimentService sentimentService(ReportIndex index) {
    return new SentimentService(index);
  }
}
