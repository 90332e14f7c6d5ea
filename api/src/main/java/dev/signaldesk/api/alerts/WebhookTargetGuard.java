package dev.signaldesk.api.alerts;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Refuses webhook targets that point into our own network (SSRF): loopback, private (RFC 1918, IPv6
 * unique-local), link-local (incl. the 169.254.169.254 metadata service), CGNAT (100.64.0.0/10),
 * unspecified, multicast and reserved ranges, and the IPv6 forms that embed such an IPv4 address
 * (IPv4-mapped, IPv4-compatible, NAT64, 6to4). Every address a name resolves to is checked, and
 * host literals in the legacy numeric forms that resolvers accept ({@code 2130706433}, {@code
 * 0x7f.1}, {@code 0177.0.0.1}) are decoded first.
 *
 * <p>The check runs when a webhook is saved ({@link #check}) and again before each delivery ({@link
 * #target}, a name may be re-pointed later). For a delivery the guard also hands over the addresses
 * it checked, and the connection goes to those only ({@link WebhookSender}): a name that answers a
 * public address to the check and a private one to a second lookup (DNS rebinding) never gets a
 * second lookup.
 */
public final class WebhookTargetGuard {

  /** Resolves a host name to all its addresses. */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  /**
   * A delivery target that passed the guard.
   *
   * @param uri the URL to post to
   * @param host the host as the connection names it (no IPv6 brackets)
   * @param addresses what the host resolved to when checked: the only addresses to connect to
   */
  public record Target(URI uri, String host, List<InetAddress> addresses) {
    public Target {
      addresses = List.copyOf(addresses);
    }
  }

  private final boolean allowPrivate;
  private final Resolver resolver;

  /**
   * @param allowPrivate {@code alerts.webhooks.allow-private}: let every address through (tests)
   */
  public WebhookTargetGuard(boolean allowPrivate, Resolver resolver) {
    this.allowPrivate = allowPrivate;
    this.resolver = resolver;
  }

  public WebhookTargetGuard(boolean allowPrivate) {
    this(allowPrivate, InetAddress::getAllByName);
  }

  /**
   * Checks the URL's form and, unless private targets are allowed, every address it resolves to.
   *
   * @return the parsed URI
   * @throws IllegalArgumentException saying why the target is refused
   */
  public URI check(String url) {
    URI uri = parse(url);
    if (allowPrivate) {
      return uri;
    }
    String host = host(uri);
    try {
      refuseNonPublic(host, addresses(host));
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("The webhook host '" + host + "' does not resolve.");
    }
    return uri;
  }

  /**
   * Checks the URL as {@link #check} does, for a delivery: resolves the host once (also when
   * private targets are allowed) and returns the addresses to connect to.
   *
   * @throws IllegalArgumentException saying why the target is refused
   * @throws UnknownHostException when the host does not resolve now (worth a retry later)
   */
  public Target target(String url) throws UnknownHostException {
    URI uri = parse(url);
    String host = host(uri);
    InetAddress[] addresses = addresses(host);
    if (addresses.length == 0) {
      throw new UnknownHostException("The webhook host '" + host + "' has no address.");
    }
    if (!allowPrivate) {
      refuseNonPublic(host, addresses);
    }
    return new Target(uri, host, List.of(addresses));
  }

  private static URI parse(String url) {
    URI uri;
    try {
      uri = URI.create(url.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("The webhook URL is not a valid URL: " + e.getMessage());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("The webhook URL must be http or https.");
    }
    if (uri.getHost() == null || uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException(
          "The webhook URL must have a host and no user information.");
    }
    return uri;
  }

  private static String host(URI uri) {
    String host = uri.getHost();
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    return host;
  }

  private InetAddress[] addresses(String host) throws UnknownHostException {
    InetAddress literal = legacyIpv4(host);
    return literal != null ? new InetAddress[] {literal} : resolver.resolve(host);
  }

  private static void refuseNonPublic(String host, InetAddress[] addresses) {
    for (InetAddress a : addresses) {
      String why = whyRefused(a);
      if (why != null) {
        throw new IllegalArgumentException(
            "The webhook host '"
                + host
                + "' resolves to "
                + a.getHostAddress()
                + ", a "
                + why
                + " address; set alerts.webhooks.allow-private to allow it.");
      }
    }
  }

  /** Null when the address is public, else what kind of address it is. */
  static String whyRefused(InetAddress a) {
    if (a instanceof Inet6Address v6) {
      byte[] b = v6.getAddress();
      InetAddress embedded = embeddedIpv4(b);
      if (embedded != null) {
        String why = whyRefused(embedded);
        return why == null ? null : why + " (embedded in IPv6)";
      }
      if ((b[0] & 0xfe) == 0xfc) {
        return "private (unique-local)";
      }
      if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0x80) {
        return "link-local";
      }
      if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
        return "site-local";
      }
    }
    if (a.isLoopbackAddress()) {
      return "loopback";
    }
    if (a.isAnyLocalAddress()) {
      return "unspecified";
    }
    if (a.isLinkLocalAddress()) {
      return "link-local or metadata";
    }
    if (a.isSiteLocalAddress()) {
      return "private";
    }
    if (a.isMulticastAddress()) {
      return "multicast";
    }
    if (a instanceof Inet4Address) {
      byte[] b = a.getAddress();
      int b0 = b[0] & 0xff;
      int b1 = b[1] & 0xff;
      if (b0 == 0) {
        return "reserved (this network)";
      }
      if (b0 == 100 && b1 >= 64 && b1 <= 127) {
        return "CGNAT";
      }
      if (b0 == 192 && b1 == 0 && (b[2] & 0xff) == 0) {
        return "reserved (IETF)";
      }
      if (b0 == 198 && (b1 == 18 || b1 == 19)) {
        return "reserved (benchmarking)";
      }
      if (b0 >= 240) {
        return "reserved";
      }
    }
    return null;
  }

  /** The IPv4 address inside an IPv4-mapped, -compatible, NAT64 or 6to4 IPv6 address. */
  private static InetAddress embeddedIpv4(byte[] b) {
    boolean zero80 = true;
    for (int i = 0; i < 10; i++) {
      zero80 &= b[i] == 0;
    }
    boolean mapped = zero80 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    boolean compatible = zero80 && b[10] == 0 && b[11] == 0 && !allZero(b, 12, 16);
    boolean nat64 =
        (b[0] & 0xff) == 0x00
            && (b[1] & 0xff) == 0x64
            && (b[2] & 0xff) == 0xff
            && (b[3] & 0xff) == 0x9b
            && allZero(b, 4, 12);
    try {
      if (mapped || compatible || nat64) {
        return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
      }
      if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
        return InetAddress.getByAddress(new byte[] {b[2], b[3], b[4], b[5]});
      }
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are always an IPv4 address", e);
    }
    return null;
  }

  private static boolean allZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Decodes the numeric host forms of {@code inet_aton}: one to four parts, each decimal, octal
   * ({@code 0} prefix) or hex ({@code 0x}); the last part fills the remaining bytes. Returns null
   * for anything else (a name, or an IPv6 literal).
   */
  static InetAddress legacyIpv4(String host) {
    String[] parts = host.split("\\.", -1);
    if (parts.length == 0 || parts.length > 4) {
      return null;
    }
    long[] values = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      Long v = parseNumber(parts[i]);
      if (v == null) {
        return null;
      }
      values[i] = v;
    }
    long address = 0;
    for (int i = 0; i < parts.length - 1; i++) {
      if (values[i] > 255) {
        return null;
      }
      address |= values[i] << (8 * (3 - i));
    }
    long last = values[parts.length - 1];
    int lastBytes = 4 - (parts.length - 1);
    if (last >= (1L << (8 * lastBytes))) {
      return null;
    }
    address |= last;
    byte[] b = {
      (byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address
    };
    try {
      return InetAddress.getByAddress(b);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Long parseNumber(String s) {
    try {
      String lower = s.toLowerCase(Locale.ROOT);
      if (lower.startsWith("0x")) {
        return lower.length() == 2 ? 0L : Long.parseLong(lower.substring(2), 16);
      }
      if (lower.length() > 1 && lower.startsWith("0")) {
        return Long.parseLong(lower.substring(1), 8);
      }
      if (lower.isEmpty() || lower.length() > 12 || !lower.chars().allMatch(Character::isDigit)) {
        return null;
      }
      return Long.parseLong(lower);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
