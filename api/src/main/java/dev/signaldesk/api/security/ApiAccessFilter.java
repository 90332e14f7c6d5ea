package dev.signaldesk.api.security;

import dev.signaldesk.config.SignalDeskConfig;
import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteInfo;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Authenticates every {@code /api} request, enforces its route's role and rate-limits the caller.
 *
 * <p>Keys arrive as {@code Authorization: Bearer <key>}; {@code Basic} with the key as password is
 * accepted too, because that is what feed readers can send. A wrong key is 401 (never silently
 * anonymous), a too-weak role 403, too many requests 429 with {@code Retry-After}. The filter never
 * logs headers, keys or bodies.
 */
@ServerFilter("/api/**")
public final class ApiAccessFilter implements Ordered {
  private final ApiKeyStore keys;
  private final boolean anonymousRead;
  private final boolean anonymousChat;
  private final RateLimiter limiter;

  public ApiAccessFilter(ApiKeyStore keys, SignalDeskConfig config, Clock clock) {
    this.keys = keys;
    this.anonymousRead = config.api().anonymousRead();
    this.anonymousChat = config.api().anonymousChat();
    this.limiter = new RateLimiter(config.api().rateLimitPerMinute(), clock);
  }

  @Override
  public int getOrder() {
    // Before any other filter: nothing else should see an unauthenticated request.
    return HIGHEST_PRECEDENCE + 100;
  }

  @RequestFilter
  @Nullable
  public HttpResponse<?> authorise(HttpRequest<?> request) {
    Optional<String> presented = presentedKey(request);
    if (presented.isPresent() && presented.get().isEmpty()) {
      return AccessProblems.unauthorised("The Authorization header must be 'Bearer <key>'.");
    }
    Caller caller;
    String bucket;
    if (presented.isPresent()) {
      Optional<ApiKeyStore.Holder> holder = keys.authenticate(presented.get());
      if (holder.isEmpty()) {
        return AccessProblems.unauthorised("The API key is not valid.");
      }
      caller = Caller.withKey(holder.get().owner(), holder.get().role());
      bucket = "owner:" + caller.owner() + ":" + caller.role();
    } else {
      caller = Caller.anonymous(anonymousChat);
      bucket = "addr:" + clientAddress(request);
    }

    AccessPolicy.Requirement need =
        AccessPolicy.requirement(request.getMethod(), request.getPath(), routeAccess(request));
    if (caller.anonymous() && !(need.anonymousRead() && anonymousRead)) {
      return AccessProblems.unauthorised("This endpoint needs an API key.");
    }
    if (caller.anonymous() && !caller.mayReadChat() && isChatDocument(request.getPath())) {
      return AccessProblems.unauthorised("Chat documents need an API key.");
    }
    if (!caller.role().includes(need.role())) {
      return AccessProblems.forbidden(
          "This endpoint needs the " + need.role().configName() + " role.");
    }
    long retryAfter = limiter.tryAcquire(bucket);
    if (retryAfter > 0) {
      return AccessProblems.tooManyRequests(retryAfter);
    }
    request.setAttribute(Caller.ATTRIBUTE, caller);
    return null;
  }

  /** Chat report ids start with {@code chat-} ({@link dev.signaldesk.model.ReportIds#forChat}). */
  static boolean isChatDocument(String path) {
    return path.startsWith("/api/documents/chat-");
  }

  /** Empty optional: no credentials; empty string: credentials in a form we cannot read. */
  static Optional<String> presentedKey(HttpRequest<?> request) {
    String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    String h = header.trim();
    String scheme = h.contains(" ") ? h.substring(0, h.indexOf(' ')) : h;
    String value = h.substring(scheme.length()).trim();
    switch (scheme.toLowerCase(Locale.ROOT)) {
      case "bearer":
        return Optional.of(value);
      case "basic":
        try {
          String decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
          int colon = decoded.indexOf(':');
          return Optional.of(colon < 0 ? "" : decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
          return Optional.of("");
        }
      default:
        return Optional.of("");
    }
  }

  /** The {@link Access} declared on the matched route (method, else class), if any. */
  @Nullable
  private static AccessPolicy.Requirement routeAccess(HttpRequest<?> request) {
    Optional<RouteInfo<?>> route = RouteAttributes.getRouteInfo(request);
    if (route.isEmpty()) {
      return null;
    }
    AnnotationMetadata m = route.get().getAnnotationMetadata();
    Optional<Role> role = m.enumValue(Access.class, Role.class);
    if (role.isEmpty()) {
      return null;
    }
    return new AccessPolicy.Requirement(
        role.get(), m.booleanValue(Access.class, "anonymousRead").orElse(false));
  }

  private static String clientAddress(HttpRequest<?> request) {
    InetSocketAddress remote = request.getRemoteAddress();
    return remote.getAddress() == null
        ? remote.getHostString()
        : remote.getAddress().getHostAddress();
  }
}
