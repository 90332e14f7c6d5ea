package dev.signaldesk.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Holds the API's OpenAPI description; the application itself is started by {@link
 * dev.signaldesk.api.cli.SignalDeskCli} ({@code serve}, {@code demo}).
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "SignalDesk",
            version = "0.1",
            description =
                "Search and read news and chat reports on the Chinese AI-compute market."),
    tags = {
      @Tag(name = "Search", description = "Full-text search over news and chat reports"),
      @Tag(
          name = "Documents",
          description = "One report with its provenance, and its archived page"),
      @Tag(name = "Signals", description = "Price series, sell-off pressure and sentiment"),
      @Tag(
          name = "Fact-check",
          description = "Passages that make a claim, and its earliest source"),
      @Tag(
          name = "Saved queries",
          description =
              "Saved searches and their alerts: matches, Atom feed, live events, webhooks"),
      @Tag(name = "Imports", description = "Chat exports uploaded into the index (admins)"),
      @Tag(name = "Keys", description = "API keys and their roles (admins)"),
      @Tag(name = "Crawl", description = "Scheduled crawls of serve (admins)")
    })
public final class Application {
  private Application() {}
}
