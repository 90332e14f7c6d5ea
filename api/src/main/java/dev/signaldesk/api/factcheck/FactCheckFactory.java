package dev.signaldesk.api.factcheck;

import dev.signaldesk.indexer.factcheck.FactChecker;
import dev.signaldesk.indexer.index.ReportIndex;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Builds the plain-Java {@link FactChecker} over the application's index. */
@Factory
public class FactCheckFactory {

  @Singleton
  FactChecker factChecker(ReportIndex index) {
    return new FactChecker(index);
  }
}
