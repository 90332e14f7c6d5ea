package dev.signaldesk.api.security;

import dev.signaldesk.api.alerts.Jdbc;
import dev.signaldesk.config.ApiConfig;
import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.model.ReportIds;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where API keys come from: {@code api.keys} in configuration, the {@code api_key} table (managed
 * by admins), the environment variable {@code SIGNALDESK_API_KEY} (always an admin key) and the key
 * generated for demo mode.
 *
 * <p>Keys are compared and stored as SHA-256 digests only; a key in clear exists once, in the
 * response that created it.
 */
@Singleton
public final class ApiKeyStore {
  /** The owner of the environment key. */
  public static final String ENV_OWNER = "env";

  /** The owner of the demo key. */
  public static final String DEMO_OWNER = "demo";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Jdbc jdbc;
  private final Clock clock;
  private final Map<String, Holder> fixed = new ConcurrentHashMap<>();

  /**
   * @param envKey the value of {@code SIGNALDESK_API_KEY} (Micronaut exposes the variable as the
   *     property {@code signaldesk.api.key}); blank when unset
   */
  public ApiKeyStore(
      SignalDeskConfig config,
      Jdbc jdbc,
      Clock clock,
      @Nullable @Value("${signaldesk.api.key:}") String envKey) {
    this.jdbc = jdbc;
    this.clock = clock;
    for (ApiConfig.ApiKey k : config.api().keys()) {
      fixed.put(hash(k.key()), new Holder(k.owner(), Role.fromName(k.role())));
    }
    if (envKey != null && !envKey.isBlank()) {
      fixed.put(hash(envKey.trim()), new Holder(ENV_OWNER, Role.ADMIN));
    }
  }

  /**
   * The owner and role of a presented key.
   *
   * @return empty for an unknown or revoked key
   */
  public Optional<Holder> authenticate(String key) {
    String digest = hash(key);
    Holder h = fixed.get(digest);
    if (h != null) {
      return Optional.of(h);
    }
    return jdbc.queryOne(
        "SELECT owner, role, key_hash FROM api_key WHERE key_hash = ? AND revoked_at IS NULL",
        rs ->
            // The index lookup found it; compare again in constant time for good measure.
            MessageDigest.isEqual(
                    rs.getString("key_hash").getBytes(StandardCharsets.US_ASCII),
                    digest.getBytes(StandardCharsets.US_ASCII))
                ? new Holder(rs.getString("owner"), Role.fromName(rs.getString("role")))
                : null,
        digest);
  }

  /** Creates a key in the database and returns it in clear, the only time it is available. */
  public CreatedKey create(Role role, String owner) {
    if (owner == null || owner.isBlank() || owner.length() > 200) {
      throw new IllegalArgumentException("The 'owner' must be 1 to 200 characters.");
    }
    String id = UUID.randomUUID().toString();
    String key = newKey();
    Instant now = clock.instant();
    jdbc.update(
        "INSERT INTO api_key (id, key_hash, role, owner, created_at) VALUES (?, ?, ?, ?, ?)",
        id,
        hash(key),
        role.configName(),
        owner.trim(),
        now);
    return new CreatedKey(id, key, role.configName(), owner.trim(), now);
  }

  /** Keys held in the database (without the keys themselves). */
  public List<KeyInfo> list() {
    return jdbc.query(
        "SELECT id, role, owner, created_at, revoked_at FROM api_key ORDER BY created_at, id",
        rs ->
            new KeyInfo(
                rs.getString("id"),
                rs.getString("role"),
                rs.getString("owner"),
                Jdbc.instant(rs, "created_at"),
                Jdbc.instant(rs, "revoked_at")));
  }

  /** Revokes a database key; returns false when there is no such active key. */
  public boolean revoke(String id) {
    return jdbc.update(
            "UPDATE api_key SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
            clock.instant(),
            id)
        == 1;
  }

  /**
   * Generates an admin key for demo mode, valid until the process ends (kept in memory only). The
   * CLI prints it at start-up.
   */
  public String generateDemoKey() {
    String key = newKey();
    fixed.put(hash(key), new Holder(DEMO_OWNER, Role.ADMIN));
    return key;
  }

  private static String newKey() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "sdk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String hash(String key) {
    return ReportIds.sha256Hex(key);
  }

  /**
   * @param owner who the key belongs to
   * @param role what it may do
   */
  public record Holder(String owner, Role role) {}

  /** A key just created; {@code key} is shown this once. */
  @Serdeable
  public record CreatedKey(String id, String key, String role, String owner, Instant createdAt) {}

  /** A stored key, without its secret. */
  @Serdeable
  public record KeyInfo(
      String id, String role, String owner, Instant createdAt, @Nullable Instant revokedAt) {}
}
