package dev.signaldesk.api.alerts;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The HTTP client's name lookup for one webhook delivery: the checked host answers the addresses
 * {@link WebhookTargetGuard} checked, and nothing else resolves. The client so connects where the
 * guard looked, never where a second DNS answer points.
 */
final class PinnedDnsResolver implements DnsResolver {
  private final String host;
  private final InetAddress[] addresses;

  PinnedDnsResolver(String host, List<InetAddress> addresses) {
    this.host = host;
    this.addresses = addresses.toArray(InetAddress[]::new);
  }

  @Override
  public InetAddress[] resolve(String name) throws UnknownHostException {
    if (!host.equalsIgnoreCase(strip(name))) {
      throw new UnknownHostException(
          "'" + name + "' is not the checked webhook host '" + host + "'");
    }
    return addresses.clone();
  }

  @Override
  public String resolveCanonicalHostname(String name) throws UnknownHostException {
    resolve(name);
    return host;
  }

  private static String strip(String name) {
    return name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
  }
}
