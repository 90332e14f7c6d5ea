package dev.signaldesk.api.alerts;

import dev.signaldesk.indexer.alert.AlertMatch;
import dev.signaldesk.indexer.alert.MatchRecorder;
import dev.signaldesk.model.Report;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The outbox: {@code alert_match} rows, one per (saved query, story or document), and for saved
 * queries with a webhook a pending {@code webhook_delivery} written in the same transaction, so a
 * recorded match is never without its delivery, even across a crash.
 */
@Singleton
public final class MatchStore implements MatchRecorder {
  private static final int SNIPPET_CHARS = 280;
  private static final String COLUMNS =
      "seq, saved_query_id, report_id, source_id, kind, title, url, snippet, published_at,"
          + " matched_at";

  private final Jdbc jdbc;
  private final Clock clock;

  public MatchStore(Jdbc jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public List<AlertMatch> record(List<AlertMatch> matches) {
    Instant now = clock.instant();
    return jdbc.inTransaction(
        c -> {
          Map<String, Target> targets = new HashMap<>();
          List<AlertMatch> fresh = new ArrayList<>();
          for (AlertMatch m : matches) {
            Target target = targets.computeIfAbsent(m.savedQueryId(), id -> targetOf(c, id));
            if (!target.exists()) {
              continue; // deleted while the batch was matched
            }
            Long seq = insert(c, m, now);
            if (seq == null) {
              continue; // already recorded: a re-crawl, a repost of the story, a restart
            }
            fresh.add(m);
            if (target.webhookUrl() != null) {
              Jdbc.update(
                  c,
                  "INSERT INTO webhook_delivery (id, saved_query_id, match_seq, target_url, status,"
                      + " attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)",
                  UUID.randomUUID().toString(),
                  m.savedQueryId(),
                  seq,
                  target.webhookUrl(),
                  DeliveryStatus.PENDING.name(),
                  now,
                  now);
            }
          }
          return fresh;
        });
  }

  /** Whether the saved query still exists, and its webhook URL (null without one). */
  private record Target(boolean exists, String webhookUrl) {}

  private static Target targetOf(Connection c, String savedQueryId) {
    try {
      List<Target> rows =
          Jdbc.query(
              c,
              "SELECT webhook_url FROM saved_query WHERE id = ?",
              rs -> new Target(true, rs.getString(1)),
              savedQueryId);
      return rows.isEmpty() ? new Target(false, null) : rows.get(0);
    } catch (SQLException e) {
      throw new Jdbc.DatabaseException(e);
    }
  }

  /** Inserts the match; returns its seq, or null when it was recorded before. */
  private static Long insert(Connection c, AlertMatch m, Instant now) throws SQLException {
    Report r = m.report();
    String sql =
        "INSERT INTO alert_match (saved_query_id, dedup_key, report_id, source_id, kind, title,"
            + " url, snippet, published_at, matched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT DO NOTHING";
    try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"seq"})) {
      Jdbc.bind(
          ps,
          m.savedQueryId(),
          m.dedupKey(),
          r.id(),
          r.sourceId(),
          r.kind().name(),
          cut(r.title(), 1000),
          cut(r.url() != null ? r.url() : r.canonicalUrl(), 2000),
          cut(r.text().strip(), SNIPPET_CHARS),
          r.publishedAt(),
          now);
      if (ps.executeUpdate() == 0) {
        return null;
      }
      try (ResultSet keys = ps.getGeneratedKeys()) {
        return keys.next() ? keys.getLong(1) : null;
      }
    }
  }

  /**
   * The saved query's matches after {@code afterSeq}, oldest first.
   *
   * @param limit at most this many
   */
  public List<MatchView> after(String savedQueryId, long afterSeq, int limit) {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM alert_match WHERE saved_query_id = ? AND seq > ? ORDER BY seq LIMIT ?",
        MatchStore::map,
        savedQueryId,
        afterSeq,
        limit);
  }

  /** The newest matches, newest first (for the Atom feed). */
  public List<MatchView> latest(String savedQueryId, int limit) {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM alert_match WHERE saved_query_id = ? ORDER BY seq DESC LIMIT ?",
        MatchStore::map,
        savedQueryId,
        limit);
  }

  /** The highest seq recorded so far for the saved query, 0 when none. */
  public long lastSeq(String savedQueryId) {
    return jdbc.queryOne(
            "SELECT MAX(seq) FROM alert_match WHERE saved_query_id = ?",
            rs -> rs.getLong(1),
            savedQueryId)
        .orElse(0L);
  }

  static MatchView map(ResultSet rs) throws SQLException {
    String reportId = rs.getString("report_id");
    return new MatchView(
        rs.getLong("seq"),
        rs.getString("saved_query_id"),
        reportId,
        rs.getString("source_id"),
        rs.getString("kind"),
        rs.getString("title"),
        rs.getString("url"),
        rs.getString("snippet"),
        Jdbc.instant(rs, "published_at"),
        Jdbc.instant(rs, "matched_at"),
        "/api/documents/" + reportId);
  }

  private static String cut(String s, int max) {
    if (s == null) {
      return null;
    }
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
