package dev.signaldesk.api.ops;

import dev.signaldesk.config.SignalDeskConfig;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.HttpServerConfiguration;
import jakarta.inject.Singleton;

/**
 * Applies {@code api.max-upload-bytes} to the HTTP server: a request whose declared body is larger
 * than that plus {@value #ENVELOPE_BYTES} bytes of multipart envelope is refused with 413 before it
 * is read, so an oversized chat export costs no upload time, memory or disk. Uploads without a
 * declared length are still counted file by file by the import controller. The limit lives in
 * SignalDesk's configuration (one file for operators), not in Micronaut's.
 */
@Singleton
public final class UploadSizeLimit implements BeanCreatedEventListener<HttpServerConfiguration> {
  /** Room for multipart boundaries and part headers around the file itself. */
  static final long ENVELOPE_BYTES = 64 * 1024;

  private final BeanProvider<SignalDeskConfig> config;

  public UploadSizeLimit(BeanProvider<SignalDeskConfig> config) {
    this.config = config;
  }

  @Override
  public HttpServerConfiguration onCreated(BeanCreatedEvent<HttpServerConfiguration> event) {
    HttpServerConfiguration server = event.getBean();
    server.setMaxRequestSize(config.get().api().maxUploadBytes() + ENVELOPE_BYTES);
    return server;
  }
}
