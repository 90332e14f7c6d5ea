package dev.signaldesk.api.alerts;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The {@code saved_query} table. Every read and write is scoped to an owner, except {@link #all}.
 */
@Singleton
final class SavedQueryStore {
  private static final String COLUMNS =
      "id, owner, name, query_text, filters_json, webhook_url, webhook_secret, created_at,"
          + " updated_at";

  private final Jdbc jdbc;
  private final JsonMapper json;

  SavedQueryStore(Jdbc jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(SavedQuery q) {
    jdbc.update(
        "INSERT INTO saved_query (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        q.id(),
        q.owner(),
        q.name(),
        q.query(),
        write(q.filters()),
        q.webhookUrl(),
        q.webhookSecret(),
        q.createdAt(),
        q.updatedAt());
  }

  /** Replaces name, query, filters and webhook of the owner's query; false if there is none. */
  boolean update(SavedQuery q) {
    return jdbc.update(
            "UPDATE saved_query SET name = ?, query_text = ?, filters_json = ?, webhook_url = ?,"
                + " webhook_secret = ?, updated_at = ? WHERE id = ? AND owner = ?",
            q.name(),
            q.query(),
            write(q.filters()),
            q.webhookUrl(),
            q.webhookSecret(),
            q.updatedAt(),
            q.id(),
            q.owner())
        == 1;
  }

  /** Deletes the owner's query with its matches and deliveries; false if there is none. */
  boolean delete(String owner, String id) {
    return jdbc.update("DELETE FROM saved_query WHERE id = ? AND owner = ?", id, owner) == 1;
  }

  Optional<SavedQuery> find(String owner, String id) {
    return jdbc.queryOne(
        "SELECT " + COLUMNS + " FROM saved_query WHERE id = ? AND owner = ?", this::map, id, owner);
  }

  /** Any owner's query: for delivery, which runs on behalf of the owner. */
  Optional<SavedQuery> findAnyOwner(String id) {
    return jdbc.queryOne("SELECT " + COLUMNS + " FROM saved_query WHERE id = ?", this::map, id);
  }

  List<SavedQuery> list(String owner) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM saved_query WHERE owner = ? ORDER BY created_at, id",
        this::map,
        owner);
  }

  /** Every saved query of every owner: the start-up rebuild of the matcher. */
  List<SavedQuery> all() {
    return jdbc.query("SELECT " + COLUMNS + " FROM saved_query ORDER BY id", this::map);
  }

  private SavedQuery map(ResultSet rs) throws SQLException {
    return new SavedQuery(
        rs.getString("id"),
        rs.getString("owner"),
        rs.getString("name"),
        rs.getString("query_text"),
        read(rs.getString("filters_json")),
        rs.getString("webhook_url"),
        rs.getString("webhook_secret"),
        Jdbc.instant(rs, "created_at"),
        Jdbc.instant(rs, "updated_at"));
  }

  private String write(SavedQueryFilters filters) {
    try {
      return json.writeValueAsString(filters);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SavedQueryFilters read(String text) {
    try {
      return json.readValue(text, SavedQueryFilters.class);
    } catch (IOException e) {
      throw new UncheckedIOException("stored filters are not valid JSON: " + text, e);
    }
  }
}
