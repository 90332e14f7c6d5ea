package dev.signaldesk.api.alerts;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** {@link AlertsTestApp} for tests in other packages. */
public final class AlertsTestAccess implements AutoCloseable {
  private final AlertsTestApp app;

  private AlertsTestAccess(AlertsTestApp app) {
    this.app = app;
  }

  public static AlertsTestAccess start(MutableClock clock) {
    return new AlertsTestAccess(AlertsTestApp.startOnLoopback(clock));
  }

  public String envAdminKey() {
    return AlertsTestApp.ENV_ADMIN;
  }

  public String analystKey() {
    return AlertsTestApp.ALICE;
  }

  public <T> T bean(Class<T> type) {
    return app.bean(type);
  }

  public URI uri(String path) {
    return app.uri(path);
  }

  public HttpResponse<String> get(String path, String key) {
    return app.get(path, key);
  }

  public HttpResponse<String> post(String path, String key, String json) {
    return app.post(path, key, json);
  }

  public HttpResponse<String> send(HttpRequest.Builder request, String key) {
    return app.send(request, key);
  }

  @Override
  public void close() {
    app.close();
  }
}
