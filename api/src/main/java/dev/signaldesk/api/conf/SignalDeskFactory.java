package dev.signaldesk.api.conf;

import dev.signaldesk.api.services.SearchGateway;
import dev.signaldesk.config.ConfigLoader;
import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.indexer.schema.FieldContributor;
import dev.signaldesk.indexer.search.QueryFieldRegistry;
import dev.signaldesk.indexer.search.SearchService;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds the plain-Java SignalDesk services from the properties the CLI passes ({@link
 * ServerProperties}). The index is opened eagerly ({@code @Context}) so a locked directory or a bad
 * config file stops the start instead of failing the first request; on shutdown {@link
 * ReportIndex#close()} commits what is pending, then releases the index.
 */
@Factory
public class SignalDeskFactory {

  /**
   * @throws dev.signaldesk.config.ConfigException naming the bad key
   */
  @Context
  SignalDeskConfig config(@Nullable @Property(name = ServerProperties.CONFIG_FILE) String file) {
    return new ConfigLoader().load(file == null || file.isBlank() ? null : Path.of(file));
  }

  @Singleton
  DataLayout dataLayout(@Property(name = ServerProperties.DATA_DIR) String dataDir) {
    return new DataLayout(Path.of(dataDir));
  }

  /** Contributors are beans other modules' factories may add (signals); none is fine. */
  @Context
  @Bean(preDestroy = "close")
  ReportIndex reportIndex(
      DataLayout layout, SignalDeskConfig config, List<FieldContributor> contributors) {
    return ReportIndex.open(layout.index(), config.index(), contributors);
  }

  /** The registry names the query fields; the signals factory adds {@code model:}, prices ... */
  @Singleton
  SearchService searchService(ReportIndex index, QueryFieldRegistry fields) {
    return new SearchService(index, fields);
  }

  @Singleton
  SearchGateway searchGateway(SearchService search) {
    return new SearchGateway(search);
  }
}
