package dev.signaldesk.api.alerts;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SchemePortResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.io.DetachedSocketFactory;
import org.apache.hc.client5.http.io.HttpClientConnectionOperator;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.URIScheme;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

/**
 * Posts one webhook body to its target, connecting only to the addresses {@link
 * WebhookTargetGuard#target} checked (Apache HttpClient 5 with a {@link PinnedDnsResolver}: the JDK
 * client would resolve the name again, the window DNS rebinding uses). TLS is the client's default:
 * the certificate must be valid for the URL's host name, whatever address was dialled. Redirects
 * are not followed (a redirect could lead past the guard), nothing is retried here (the outbox
 * retries), and each delivery gets its own client, so no pooled connection outlives the check that
 * allowed it.
 */
final class WebhookSender {
  private final WebhookTargetGuard guard;
  private final DetachedSocketFactory sockets;

  WebhookSender(WebhookTargetGuard guard) {
    this(guard, proxy -> proxy == null ? new Socket() : new Socket(proxy));
  }

  /**
   * @param sockets makes the unconnected sockets (tests see where a delivery dials through it)
   */
  WebhookSender(WebhookTargetGuard guard, DetachedSocketFactory sockets) {
    this.guard = guard;
    this.sockets = sockets;
  }

  /**
   * Posts {@code body} as JSON.
   *
   * @param timeout connect, response and socket timeout of this attempt
   * @return the receiver's status code
   * @throws IllegalArgumentException when the guard refuses the target (no retry helps)
   * @throws IOException when the host does not resolve or the connection fails (worth a retry)
   */
  int post(String url, Map<String, String> headers, byte[] body, Duration timeout)
      throws IOException {
    WebhookTargetGuard.Target target = guard.target(url);
    try (CloseableHttpClient http = client(target, Timeout.of(timeout))) {
      HttpPost post = new HttpPost(target.uri());
      headers.forEach(post::setHeader);
      post.setEntity(new ByteArrayEntity(body, ContentType.create("application/json")));
      return http.execute(
          post,
          response -> {
            EntityUtils.consume(response.getEntity());
            return response.getCode();
          });
    }
  }

  private CloseableHttpClient client(WebhookTargetGuard.Target target, Timeout timeout) {
    DnsResolver pinned = new PinnedDnsResolver(target.host(), target.addresses());
    return HttpClients.custom()
        .setConnectionManager(
            new PinnedConnections(sockets)
                .setDnsResolver(pinned)
                .setDefaultConnectionConfig(
                    ConnectionConfig.custom()
                        .setConnectTimeout(timeout)
                        .setSocketTimeout(timeout)
                        .build())
                .build())
        .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout).build())
        .disableRedirectHandling()
        .disableAutomaticRetries()
        .disableCookieManagement()
        .disableAuthCaching()
        .build();
  }

  /** The pooling manager's builder, with our socket factory under its connection operator. */
  private static final class PinnedConnections extends PoolingHttpClientConnectionManagerBuilder {
    private final DetachedSocketFactory sockets;

    PinnedConnections(DetachedSocketFactory sockets) {
      this.sockets = sockets;
    }

    @Override
    protected HttpClientConnectionOperator createConnectionOperator(
        SchemePortResolver schemePortResolver,
        DnsResolver dnsResolver,
        TlsSocketStrategy tlsSocketStrategy) {
      return new DefaultHttpClientConnectionOperator(
          sockets,
          schemePortResolver,
          dnsResolver,
          RegistryBuilder.<TlsSocketStrategy>create()
              .register(URIScheme.HTTPS.id, tlsSocketStrategy)
              .build());
    }
  }
}
