package dev.signaldesk.api.ops;

import dev.signaldesk.config.SignalDeskConfig;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.HttpServerConfiguration;
import jakarta.inject.Singleton;

/**
 * Applies {@code api.max-upload-bytes} to the HTTP server: a request body larger than that is
 * refused with 413 before it is read, so an oversized chat export cannot fill memory or disk. The
 * limit lives in SignalDesk's configuration (one file for operators), not in Micronaut's.
 */
@Singleton
public final class UploadSizeLimit implements BeanCreatedEventListener<HttpServerConfiguration> {
  private final BeanProvider<SignalDeskConfig> config;

  public UploadSizeLimit(BeanProvider<SignalDeskConfig> config) {
    this.config = config;
  }

  @Override
  public HttpServerConfiguration onCreated(BeanCreatedEvent<HttpServerConfiguration> event) {
    HttpServerConfiguration server = event.getBean();
    server.setMaxRequestSize(config.get().api().maxUploadBytes());
    return server;
  }
}
