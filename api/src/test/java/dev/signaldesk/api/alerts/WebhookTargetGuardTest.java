package dev.signaldesk.api.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookTargetGuardTest {

  /** A resolver with fixed answers, so no test touches DNS. */
  private static final Map<String, String[]> DNS =
      Map.of(
          "hooks.example.com", new String[] {"93.184.215.14"},
          "rebind.example.com", new String[] {"93.184.215.14", "10.1.2.3"},
          "v6.example.com", new String[] {"2606:2800:21f:cb07:6820:80da:af6b:8b2c"});

  private final WebhookTargetGuard guard =
      new WebhookTargetGuard(
          false,
          host -> {
            String[] ips = DNS.get(host);
            if (ips == null) {
              throw new UnknownHostException(host);
            }
            InetAddress[] out = new InetAddress[ips.length];
            for (int i = 0; i < ips.length; i++) {
              out[i] = InetAddress.getByName(ips[i]);
            }
            return out;
          });

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1/hook",
        "http://unresolvable.invalid/hook",
        "http://2130706433/hook",
        "http://0x7f000001/hook",
        "http://0177.0.0.1/hook",
        "http://127.1/hook",
        "http://0/hook",
        "http://10.0.0.8/hook",
        "http://172.20.1.1/hook",
        "http://192.168.1.10/hook",
        "http://169.254.169.254/latest/meta-data",
        "http://100.72.0.1/hook",
        "http://[::1]/hook",
        "http://[::ffff:10.0.0.1]/hook",
        "http://[::ffff:7f00:1]/hook",
        "http://[64:ff9b::a9fe:a9fe]/hook",
        "http://[2002:c0a8:0101::1]/hook",
        "http://[fd00:ec2::254]/hook",
        "http://[fe80::1]/hook",
        "http://rebind.example.com/hook",
        "ftp://hooks.example.com/hook",
        "http://user:pw@hooks.example.com/hook"
      })
  void refusesTargetsInsideOurNetworkOrOfTheWrongForm(String url) {
    assertThatThrownBy(() -> guard.check(url)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://hooks.example.com/signaldesk",
        "http://v6.example.com:8443/x",
        "https://93.184.215.14/hook"
      })
  void acceptsPublicTargets(String url) {
    assertThat(guard.check(url).toString()).isEqualTo(url);
  }

  @Test
  void namesEveryRefusedAddressAndTheSwitchThatAllowsIt() {
    assertThatThrownBy(() -> guard.check("http://rebind.example.com/hook"))
        .hasMessageContaining("10.1.2.3")
        .hasMessageContaining("private")
        .hasMessageContaining("alerts.webhooks.allow-private");
  }

  @Test
  void allowPrivateLetsLoopbackThroughButStillChecksTheForm() {
    WebhookTargetGuard open = new WebhookTargetGuard(true);

    assertThat(open.check("http://127.0.0.1:9000/hook").getPort()).isEqualTo(9000);
    assertThatThrownBy(() -> open.check("file:///etc/passwd"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void decodesTheLegacyNumericForms() throws Exception {
    assertThat(WebhookTargetGuard.legacyIpv4("2130706433"))
        .isEqualTo(InetAddress.getByName("127.0.0.1"));
    assertThat(WebhookTargetGuard.legacyIpv4("0xA9.0xFE.0xA9.0xFE"))
        .isEqualTo(InetAddress.getByName("169.254.169.254"));
    assertThat(WebhookTargetGuard.legacyIpv4("10.1")).isEqualTo(InetAddress.getByName("10.0.0.1"));
    assertThat(WebhookTargetGuard.legacyIpv4("hooks.example.com")).isNull();
    assertThat(WebhookTargetGuard.legacyIpv4("256.1.1.1")).isNull();
  }
}
