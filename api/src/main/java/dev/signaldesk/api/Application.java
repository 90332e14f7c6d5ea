package dev.signaldesk.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

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
                "Search and read news and chat reports on the Chinese AI-compute market."))
public final class Application {
  private Application() {}
}
