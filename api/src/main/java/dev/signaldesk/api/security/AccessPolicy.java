package dev.signaldesk.api.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import java.util.List;

/**
 * Which role a request needs. A route's {@link Access} annotation wins; routes without one (the
 * other controllers under {@code /api}) fall back to rules by path, and anything unknown that
 * changes state needs an admin, so a new endpoint is never open by accident.
 */
final class AccessPolicy {

  /**
   * @param role the least role
   * @param anonymousRead whether callers without a key may pass when {@code api.anonymous-read}
   */
  record Requirement(Role role, boolean anonymousRead) {}

  private static final List<String> READ_PATHS =
      List.of("/api/search", "/api/signals", "/api/documents", "/api/suggest", "/api/stories");
  private static final List<String> ADMIN_PATHS =
      List.of("/api/keys", "/api/imports", "/api/import", "/api/crawl", "/api/admin");
  private static final List<String> ANALYST_PATHS = List.of("/api/saved-queries");

  private AccessPolicy() {}

  static Requirement requirement(HttpMethod method, String path, @Nullable Requirement declared) {
    if (declared != null) {
      return declared;
    }
    if (under(path, ADMIN_PATHS)) {
      return new Requirement(Role.ADMIN, false);
    }
    if (under(path, ANALYST_PATHS)) {
      return new Requirement(Role.ANALYST, false);
    }
    boolean read = method == HttpMethod.GET || method == HttpMethod.HEAD;
    if (under(path, READ_PATHS)) {
      return read ? new Requirement(Role.READER, true) : new Requirement(Role.READER, false);
    }
    return read ? new Requirement(Role.READER, true) : new Requirement(Role.ADMIN, false);
  }

  private static boolean under(String path, List<String> prefixes) {
    for (String p : prefixes) {
      if (path.equals(p) || path.startsWith(p + "/")) {
        return true;
      }
    }
    return false;
  }
}
