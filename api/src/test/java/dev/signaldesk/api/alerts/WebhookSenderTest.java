package dev.signaldesk.api.alerts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DNS rebinding: a webhook host that resolves to a public address when checked and to 127.0.0.1
 * when the client would look again must not reach the loopback receiver. No test traffic leaves the
 * machine: the socket factory refuses every non-loopback address it is asked to dial.
 */
class WebhookSenderTest {
  private static final byte[] BODY =
      "{\"event\":\"match\",\"savedQueryName\":\"H20 折价\"}".getBytes(StandardCharsets.UTF_8);

  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final WireMockServer receiver = new WireMockServer(options().dynamicPort());
  private final List<InetSocketAddress> dialled = new CopyOnWriteArrayList<>();
  private final AtomicInteger lookups = new AtomicInteger();

  @BeforeEach
  void start() {
    receiver.start();
    receiver.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(204)));
  }

  @AfterEach
  void stop() {
    receiver.stop();
  }

  /** Answers a public address to the first lookup and loopback to every later one. */
  private InetAddress[] rebinding(String host) throws UnknownHostException {
    byte[] address = lookups.incrementAndGet() == 1 ? new byte[] {(byte) 203, 0, 113, 7} : null;
    return new InetAddress[] {
      address == null ? InetAddress.getLoopbackAddress() : InetAddress.getByAddress(host, address)
    };
  }

  /** Records where the client dials; connects to loopback only, so nothing leaves the machine. */
  private Socket recordingSocket() {
    return new Socket() {
      @Override
      public void connect(SocketAddress endpoint, int timeout) throws IOException {
        InetSocketAddress to = (InetSocketAddress) endpoint;
        dialled.add(to);
        if (!to.getAddress().isLoopbackAddress()) {
          throw new ConnectException("test: no connection beyond loopback");
        }
        super.connect(endpoint, timeout);
      }
    };
  }

  private WebhookSender sender(boolean allowPrivate, WebhookTargetGuard.Resolver resolver) {
    return new WebhookSender(
        new WebhookTargetGuard(allowPrivate, resolver), proxy -> recordingSocket());
  }

  private String url() {
    return "http://hooks.example:" + receiver.port() + "/hook";
  }

  @Test
  void aNameRepointedToLoopbackAfterTheCheckIsNeverConnectedTo() {
    WebhookSender sender = sender(false, this::rebinding);

    assertThatThrownBy(() -> sender.post(url(), Map.of(), BODY, TIMEOUT))
        .isInstanceOf(IOException.class);

    assertThat(lookups).as("one lookup: the checked answer is reused").hasValue(1);
    assertThat(dialled)
        .extracting(a -> a.getAddress().getHostAddress())
        .containsExactly("203.0.113.7");
    assertThat(receiver.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void aNameThatResolvesToLoopbackWhenCheckedIsRefusedWithoutDialling() {
    WebhookSender sender =
        sender(false, host -> new InetAddress[] {InetAddress.getLoopbackAddress()});

    assertThatThrownBy(() -> sender.post(url(), Map.of(), BODY, TIMEOUT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("loopback");
    assertThat(dialled).isEmpty();
  }

  @Test
  void theCheckedAddressIsDialledUnderTheUrlsHostName() throws Exception {
    // "hooks.example" is in no DNS: only the pinned answer lets the client connect at all.
    WebhookSender sender =
        sender(true, host -> new InetAddress[] {InetAddress.getLoopbackAddress()});

    int status = sender.post(url(), Map.of("X-SignalDesk-Signature", "sha256=00"), BODY, TIMEOUT);

    assertThat(status).isEqualTo(204);
    assertThat(dialled).hasSize(1);
    receiver.verify(
        postRequestedFor(urlEqualTo("/hook"))
            .withHeader("Host", equalTo("hooks.example:" + receiver.port()))
            .withHeader("Content-Type", equalTo("application/json"))
            .withHeader("X-SignalDesk-Signature", equalTo("sha256=00")));
    assertThat(receiver.findAll(anyRequestedFor(anyUrl())).get(0).getBody()).isEqualTo(BODY);
  }

  @Test
  void thePinnedResolverAnswersNoOtherName() throws Exception {
    PinnedDnsResolver pinned =
        new PinnedDnsResolver("hooks.example", List.of(InetAddress.getLoopbackAddress()));

    assertThat(pinned.resolve("HOOKS.example")).containsExactly(InetAddress.getLoopbackAddress());
    assertThatThrownBy(() -> pinned.resolve("metadata.internal"))
        .isInstanceOf(UnknownHostException.class);
  }
}
