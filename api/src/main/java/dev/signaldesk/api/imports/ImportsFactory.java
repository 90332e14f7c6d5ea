package dev.signaldesk.api.imports;

import dev.signaldesk.api.conf.DataLayout;
import dev.signaldesk.crawler.chat.ChatImporter;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Wires the plain-Java chat importer to the data directory. */
@Factory
public class ImportsFactory {

  @Singleton
  ChatImporter chatImporter(DataLayout layout, Clock clock) {
    return new ChatImporter(layout.root(), clock);
  }
}
