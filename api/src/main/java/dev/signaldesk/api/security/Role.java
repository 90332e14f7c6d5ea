package dev.signaldesk.api.security;

import java.util.Locale;

/** What a key may do. Each role includes the ones before it. */
public enum Role {
  /** Search, signals and documents. */
  READER,
  /** A reader who also keeps saved queries (their own). */
  ANALYST,
  /** Everything, including imports, crawl triggers and key management. */
  ADMIN;

  /** True if this role may do what {@code required} may. */
  public boolean includes(Role required) {
    return compareTo(required) >= 0;
  }

  /** The lower-case name used in configuration and JSON. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws IllegalArgumentException naming the accepted roles
   */
  public static Role fromName(String name) {
    if (name != null) {
      for (Role r : values()) {
        if (r.configName().equals(name.trim().toLowerCase(Locale.ROOT))) {
          return r;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown role '" + name + "': expected reader, analyst or admin");
  }
}
