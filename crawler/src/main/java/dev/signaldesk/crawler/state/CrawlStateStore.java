package dev.signaldesk.crawler.state;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;

/**
 * Per-URL crawl state in a relational database through plain JDBC: H2 in a file under {@code
 * <data>/crawl-state} by default, any JDBC URL (PostgreSQL) when configured. The schema is owned by
 * Flyway migrations in {@code db/crawl} with their own history table, so the crawl state can share
 * a database with other schemas.
 *
 * <p>One connection, synchronised: the crawler is the only writer. Every write is its own
 * transaction (or {@link #putAll} one for a batch), committed before the method returns.
 */
public final class CrawlStateStore implements AutoCloseable {
  static final String HISTORY_TABLE = "crawl_schema_history";
  private static final String COLUMNS =
      "url, source_id, status, verdict, etag, last_modified, content_sha256, attempts, last_error,"
          + " next_fetch_at, warc_file, warc_record_id, report_id, duplicate_of, updated_at";

  private final Connection connection;

  /** Opens (and migrates) the database at {@code jdbcUrl}. */
  public CrawlStateStore(String jdbcUrl, String user, String password) {
    try {
      Flyway.configure()
          .dataSource(jdbcUrl, user, password)
          .locations("classpath:db/crawl")
          .table(HISTORY_TABLE)
          .load()
          .migrate();
      this.connection = DriverManager.getConnection(jdbcUrl, user, password);
      this.connection.setAutoCommit(true);
    } catch (SQLException e) {
      throw new StateStoreException("cannot open crawl state at " + jdbcUrl, e);
    } catch (RuntimeException e) {
      throw new StateStoreException(
          "cannot migrate crawl state at " + jdbcUrl + ": " + e.getMessage(), e);
    }
  }

  /** The H2 file database under {@code <data>/crawl-state}. */
  public static CrawlStateStore openH2(Path dataDir) {
    return new CrawlStateStore(h2Url(dataDir), "sa", "");
  }

  /**
   * JDBC URL of the default H2 store; every commit is written through (a killed crawl keeps it).
   */
  public static String h2Url(Path dataDir) {
    Path file = dataDir.toAbsolutePath().resolve("crawl-state").resolve("crawl");
    return "jdbc:h2:file:" + file + ";WRITE_DELAY=0";
  }

  public synchronized Optional<UrlState> get(String url) {
    try (PreparedStatement ps =
        connection.prepareStatement("SELECT " + COLUMNS + " FROM crawl_url WHERE url = ?")) {
      ps.setString(1, url);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StateStoreException("cannot read state of " + url, e);
    }
  }

  /** Inserts or replaces the row for {@code state.url()}. */
  public synchronized void put(UrlState state) {
    putAll(List.of(state));
  }

  /** Inserts or replaces all rows in one transaction. */
  public synchronized void putAll(Collection<UrlState> states) {
    if (states.isEmpty()) {
      return;
    }
    try {
      connection.setAutoCommit(false);
      try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE crawl_url SET source_id=?, status=?, verdict=?, etag=?, last_modified=?,"
                      + " content_sha256=?, attempts=?, last_error=?, next_fetch_at=?, warc_file=?,"
                      + " warc_record_id=?, report_id=?, duplicate_of=?, updated_at=? WHERE url=?");
          PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO crawl_url ("
                      + COLUMNS
                      + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (UrlState s : states) {
          bindAllButUrl(update, s, 1);
          update.setString(15, s.url());
          if (update.executeUpdate() == 0) {
            insert.setString(1, s.url());
            bindAllButUrl(insert, s, 2);
            insert.executeUpdate();
          }
        }
      }
      connection.commit();
    } catch (SQLException e) {
      try {
        connection.rollback();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new StateStoreException("cannot store state of " + states.size() + " URL(s)", e);
    } finally {
      try {
        connection.setAutoCommit(true);
      } catch (SQLException ignored) {
        // the next call fails loudly if the connection is broken
      }
    }
  }

  /**
   * URLs of a source that are due: not stored yet (discovered, failed, blocked) or stored and due
   * for a conditional revisit, with {@code next_fetch_at <= now} and fewer than {@code maxAttempts}
   * failures, oldest due first.
   */
  public synchronized List<UrlState> due(String sourceId, Instant now, int maxAttempts, int limit) {
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM crawl_url WHERE source_id = ? AND status IN"
            + " ('DISCOVERED','FETCH_ERROR','BLOCKED','PARSE_ERROR','FETCHED','NOT_MODIFIED')"
            + " AND next_fetch_at IS NOT NULL AND next_fetch_at <= ? AND attempts < ?"
            + " ORDER BY next_fetch_at, url";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, sourceId);
      ps.setLong(2, now.toEpochMilli());
      ps.setInt(3, maxAttempts);
      ps.setMaxRows(limit);
      return list(ps);
    } catch (SQLException e) {
      throw new StateStoreException("cannot list due URLs of " + sourceId, e);
    }
  }

  /**
   * A stored URL whose report has this content digest and is not {@code excludeReportId} (the
   * report being stored, which may already sit under another URL of the same article).
   */
  public synchronized Optional<UrlState> findStoredByContent(
      String contentSha256, String excludeReportId) {
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM crawl_url WHERE content_sha256 = ? AND status IN ('FETCHED','NOT_MODIFIED')"
            + " AND (report_id IS NULL OR report_id <> ?) ORDER BY updated_at, url";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, contentSha256);
      ps.setString(2, excludeReportId == null ? "" : excludeReportId);
      ps.setMaxRows(1);
      List<UrlState> found = list(ps);
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    } catch (SQLException e) {
      throw new StateStoreException("cannot look up content " + contentSha256, e);
    }
  }

  /** Every row whose report is in the index (FETCHED or NOT_MODIFIED) and has a WARC pointer. */
  public synchronized List<UrlState> storedWithArchive() {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM crawl_url WHERE status IN ('FETCHED','NOT_MODIFIED')"
                + " AND warc_record_id IS NOT NULL ORDER BY url")) {
      return list(ps);
    } catch (SQLException e) {
      throw new StateStoreException("cannot list archived URLs", e);
    }
  }

  /** Every URL a source has recorded, in any status. */
  public synchronized List<UrlState> all(String sourceId) {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT " + COLUMNS + " FROM crawl_url WHERE source_id = ? ORDER BY url")) {
      ps.setString(1, sourceId);
      return list(ps);
    } catch (SQLException e) {
      throw new StateStoreException("cannot list URLs of " + sourceId, e);
    }
  }

  /** How many URLs of the source are in each status. */
  public synchronized Map<UrlStatus, Integer> counts(String sourceId) {
    Map<UrlStatus, Integer> counts = new EnumMap<>(UrlStatus.class);
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT status, COUNT(*) FROM crawl_url WHERE source_id = ? GROUP BY status")) {
      ps.setString(1, sourceId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          counts.put(UrlStatus.valueOf(rs.getString(1)), rs.getInt(2));
        }
      }
      return counts;
    } catch (SQLException e) {
      throw new StateStoreException("cannot count URLs of " + sourceId, e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StateStoreException("cannot close crawl state", e);
    }
  }

  private List<UrlState> list(PreparedStatement ps) throws SQLException {
    List<UrlState> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(read(rs));
      }
    }
    return out;
  }

  private static void bindAllButUrl(PreparedStatement ps, UrlState s, int from)
      throws SQLException {
    int i = from;
    ps.setString(i++, s.sourceId());
    ps.setString(i++, s.status().name());
    ps.setString(i++, s.verdict());
    ps.setString(i++, s.etag());
    ps.setString(i++, s.lastModified());
    ps.setString(i++, s.contentSha256());
    ps.setInt(i++, s.attempts());
    ps.setString(i++, s.lastError());
    setInstant(ps, i++, s.nextFetchAt());
    ps.setString(i++, s.warcFile());
    ps.setString(i++, s.warcRecordId());
    ps.setString(i++, s.reportId());
    ps.setString(i++, s.duplicateOf());
    setInstant(ps, i, s.updatedAt() == null ? Instant.EPOCH : s.updatedAt());
  }

  private static void setInstant(PreparedStatement ps, int i, Instant t) throws SQLException {
    if (t == null) {
      ps.setNull(i, Types.BIGINT);
    } else {
      ps.setLong(i, t.toEpochMilli());
    }
  }

  private static UrlState read(ResultSet rs) throws SQLException {
    long next = rs.getLong("next_fetch_at");
    Instant nextAt = rs.wasNull() ? null : Instant.ofEpochMilli(next);
    return new UrlState(
        rs.getString("url"),
        rs.getString("source_id"),
        UrlStatus.valueOf(rs.getString("status")),
        rs.getString("verdict"),
        rs.getString("etag"),
        rs.getString("last_modified"),
        rs.getString("content_sha256"),
        rs.getInt("attempts"),
        rs.getString("last_error"),
        nextAt,
        rs.getString("warc_file"),
        rs.getString("warc_record_id"),
        rs.getString("report_id"),
        rs.getString("duplicate_of"),
        Instant.ofEpochMilli(rs.getLong("updated_at")));
  }
}
