package dev.signaldesk.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpMethod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessPolicyTest {

  @ParameterizedTest
  @CsvSource({
    "GET, /api/search, READER, true",
    "GET, /api/documents/news-1, READER, true",
    "GET, /api/signals/prices, READER, true",
    "POST, /api/search, READER, false",
    "GET, /api/saved-queries, ANALYST, false",
    "POST, /api/imports, ADMIN, false",
    "POST, /api/crawl/36kr, ADMIN, false",
    "GET, /api/keys, ADMIN, false",
    "GET, /api/something-new, READER, true",
    "DELETE, /api/something-new, ADMIN, false"
  })
  void routesWithoutAnAnnotationFollowThePathRulesAndUnknownWritesNeedAdmin(
      HttpMethod method, String path, Role role, boolean anonymous) {
    AccessPolicy.Requirement r = AccessPolicy.requirement(method, path, null);

    assertThat(r.role()).isEqualTo(role);
    assertThat(r.anonymousRead()).isEqualTo(anonymous);
  }

  @ParameterizedTest
  @CsvSource({"READER, READER, true", "ADMIN, ANALYST, true", "ANALYST, ADMIN, false"})
  void rolesIncludeTheOnesBelowThem(Role held, Role required, boolean allowed) {
    assertThat(held.includes(required)).isEqualTo(allowed);
  }
}
