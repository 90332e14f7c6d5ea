package dev.signaldesk.api.alerts;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The {@code webhook_delivery} table: pending deliveries and the delivery log. */
@Singleton
final class DeliveryStore {
  private final Jdbc jdbc;

  DeliveryStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A pending delivery with what is needed to send it.
   *
   * @param match the match to deliver
   */
  record Due(
      String id,
      String savedQueryId,
      String savedQueryName,
      String targetUrl,
      String secret,
      int attempts,
      MatchView match) {}

  /** Pending deliveries due at {@code now}, oldest first. */
  List<Due> due(Instant now, int limit) {
    return jdbc.query(
        "SELECT d.id AS delivery_id, d.target_url, d.attempts, q.name, q.webhook_secret, m.*"
            + " FROM webhook_delivery d"
            + " JOIN saved_query q ON q.id = d.saved_query_id"
            + " JOIN alert_match m ON m.seq = d.match_seq"
            + " WHERE d.status = ? AND d.next_attempt_at <= ?"
            + " ORDER BY d.next_attempt_at, d.created_at LIMIT ?",
        rs ->
            new Due(
                rs.getString("delivery_id"),
                rs.getString("saved_query_id"),
                rs.getString("name"),
                rs.getString("target_url"),
                rs.getString("webhook_secret"),
                rs.getInt("attempts"),
                MatchStore.map(rs)),
        DeliveryStatus.PENDING.name(),
        now,
        limit);
  }

  void delivered(String id, int attempts, int statusCode, Instant now) {
    jdbc.update(
        "UPDATE webhook_delivery SET status = ?, attempts = ?, last_status_code = ?,"
            + " last_error = NULL, delivered_at = ? WHERE id = ?",
        DeliveryStatus.DELIVERED.name(),
        attempts,
        statusCode,
        now,
        id);
  }

  /**
   * Records a failed attempt.
   *
   * @param nextAttemptAt when to try again, or null to give up (status FAILED)
   */
  void failed(String id, int attempts, Integer statusCode, String error, Instant nextAttemptAt) {
    jdbc.update(
        "UPDATE webhook_delivery SET status = ?, attempts = ?, last_status_code = ?,"
            + " last_error = ?, next_attempt_at = COALESCE(?, next_attempt_at) WHERE id = ?",
        nextAttemptAt == null ? DeliveryStatus.FAILED.name() : DeliveryStatus.PENDING.name(),
        attempts,
        statusCode,
        error.length() > 1000 ? error.substring(0, 1000) : error,
        nextAttemptAt,
        id);
  }

  /** The delivery log of one saved query, newest first. */
  List<DeliveryView> list(String savedQueryId, int limit) {
    return jdbc.query(
        "SELECT * FROM webhook_delivery WHERE saved_query_id = ?"
            + " ORDER BY created_at DESC, match_seq DESC LIMIT ?",
        DeliveryStore::map,
        savedQueryId,
        limit);
  }

  private static DeliveryView map(ResultSet rs) throws SQLException {
    DeliveryStatus status = DeliveryStatus.valueOf(rs.getString("status"));
    int code = rs.getInt("last_status_code");
    Integer lastCode = rs.wasNull() ? null : code;
    return new DeliveryView(
        rs.getString("id"),
        rs.getLong("match_seq"),
        rs.getString("target_url"),
        status,
        rs.getInt("attempts"),
        status == DeliveryStatus.PENDING ? Jdbc.instant(rs, "next_attempt_at") : null,
        lastCode,
        rs.getString("last_error"),
        Jdbc.instant(rs, "created_at"),
        Jdbc.instant(rs, "delivered_at"));
  }
}
