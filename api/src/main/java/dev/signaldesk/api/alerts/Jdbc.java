package dev.signaldesk.api.alerts;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.signaldesk.api.conf.DataLayout;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;

/**
 * The api's embedded database (H2 in PostgreSQL mode, a file under {@code <data>/db}) and plain
 * JDBC over it with explicit transactions. Flyway migrates the schema ({@code db/migration}) when
 * the pool opens, before anything reads it.
 *
 * <p>The property {@code signaldesk.database.url} points it elsewhere (e.g. a PostgreSQL server);
 * the SQL is PostgreSQL-compatible.
 */
@Singleton
public final class Jdbc implements AutoCloseable {
  private final HikariDataSource dataSource;

  public Jdbc(DataLayout layout, @Nullable @Value("${signaldesk.database.url:}") String url) {
    HikariConfig cfg = new HikariConfig();
    cfg.setJdbcUrl(url == null || url.isBlank() ? h2Url(layout.root()) : url);
    cfg.setPoolName("signaldesk-db");
    cfg.setMaximumPoolSize(4);
    this.dataSource = new HikariDataSource(cfg);
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          .load()
          .migrate();
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  /**
   * The embedded database's URL. {@code WRITE_DELAY=0}: H2 otherwise writes a commit to its file up
   * to half a second later, so a process killed in that window lost matches and webhook deliveries
   * it had already committed (and sent) — alerts for reports the index kept, never re-matched.
   */
  static String h2Url(Path dataDir) {
    Path file = dataDir.toAbsolutePath().resolve("db").resolve("signaldesk");
    return "jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0";
  }

  @PreDestroy
  @Override
  public void close() {
    dataSource.close();
  }

  /** Work done inside one transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /** Maps the current row. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** Runs {@code work} in a transaction: committed if it returns, rolled back if it throws. */
  public <T> T inTransaction(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new DatabaseException(e);
    }
  }

  public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
    return inTransaction(c -> query(c, sql, mapper, params));
  }

  public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
    List<T> rows = query(sql, mapper, params);
    return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
  }

  public int update(String sql, Object... params) {
    return inTransaction(c -> update(c, sql, params));
  }

  public static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... params)
      throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, params);
        ResultSet rs = ps.executeQuery()) {
      List<T> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(mapper.map(rs));
      }
      return rows;
    }
  }

  public static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, params)) {
      return ps.executeUpdate();
    }
  }

  static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    bind(ps, params);
    return ps;
  }

  static void bind(PreparedStatement ps, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      if (p instanceof Instant t) {
        ps.setObject(i + 1, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
      } else if (p == null) {
        ps.setNull(i + 1, Types.NULL);
      } else {
        ps.setObject(i + 1, p);
      }
    }
  }

  /** Reads a nullable timestamp column as an instant. */
  public static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  /** A database failure; callers above the store see it as a server error, never as "no data". */
  public static final class DatabaseException extends RuntimeException {
    DatabaseException(SQLException cause) {
      super("database error: " + cause.getMessage(), cause);
    }
  }
}
