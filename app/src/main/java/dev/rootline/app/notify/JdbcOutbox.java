package dev.rootline.app.notify;

import dev.rootline.app.report.ReportJson;
import dev.rootline.notifier.Outbox;
import dev.rootline.notifier.OutboxEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * {@link Outbox} in the {@code notification_outbox} table (migration V2), on H2 or PostgreSQL. A
 * record runs in one transaction: the newest-revision check, superseding older pending rows, and
 * the insert, whose primary key (incident, channel, revision) refuses a second copy even when two
 * replicas record the same report at once.
 */
final class JdbcOutbox implements Outbox {
  private static final String COLUMNS =
      "incident_id, channel, revision, state, attempts, recorded_at, due_at, updated_at, reference, error, report";
  private static final String KEY = "incident_id = ? AND channel = ? AND revision = ?";
  private final DataSource dataSource;

  JdbcOutbox(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public boolean record(OutboxEntry entry) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        boolean recorded = record(connection, entry);
        connection.commit();
        return recorded;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        if (e instanceof SQLException sql && Sql.UNIQUE_VIOLATION.equals(sql.getSQLState())) {
          return false; // another writer recorded the same key first
        }
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure("record " + entry.incidentId() + " revision " + entry.revision() + " for " + entry.channel(), e);
    }
  }

  private static boolean record(Connection connection, OutboxEntry entry) throws SQLException {
    try (PreparedStatement newest = connection.prepareStatement(
        "SELECT MAX(revision) FROM notification_outbox WHERE incident_id = ? AND channel = ?")) {
      Sql.bind(newest, List.of(entry.incidentId(), entry.channel()));
      try (ResultSet rows = newest.executeQuery()) {
        if (rows.next() && rows.getObject(1) != null && rows.getInt(1) >= entry.revision()) {
          return false;
        }
      }
    }
    try (PreparedStatement supersede = connection.prepareStatement("UPDATE notification_outbox SET state = ?, "
        + "updated_at = ? WHERE incident_id = ? AND channel = ? AND state = ?")) {
      Sql.bind(supersede, List.of(Sql.name(OutboxEntry.State.SUPERSEDED), Sql.time(entry.recordedAt()),
          entry.incidentId(), entry.channel(), Sql.name(OutboxEntry.State.PENDING)));
      supersede.executeUpdate();
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO notification_outbox (" + COLUMNS
        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, entry.incidentId());
      insert.setString(2, entry.channel());
      insert.setInt(3, entry.revision());
      insert.setString(4, Sql.name(entry.state()));
      insert.setInt(5, entry.attempts());
      insert.setObject(6, Sql.time(entry.recordedAt()));
      insert.setObject(7, Sql.time(entry.dueAt()));
      insert.setObject(8, Sql.time(entry.updatedAt()));
      insert.setString(9, entry.reference());
      insert.setString(10, entry.error());
      insert.setString(11, ReportJson.writeString(entry.report()));
      return insert.executeUpdate() == 1;
    }
  }

  @Override
  public List<OutboxEntry> due(Instant now, int limit) {
    return query("SELECT " + COLUMNS + " FROM notification_outbox WHERE state = ? AND due_at <= ? "
        + "ORDER BY due_at, recorded_at, incident_id, channel FETCH FIRST ? ROWS ONLY",
        List.of(Sql.name(OutboxEntry.State.PENDING), Sql.time(now), limit));
  }

  @Override
  public boolean claim(OutboxEntry entry, Instant until) {
    String sql = "UPDATE notification_outbox SET due_at = ? WHERE " + KEY + " AND state = ? AND due_at = ?";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(sql)) {
      Sql.bind(update, List.of(Sql.time(until), entry.incidentId(), entry.channel(), entry.revision(),
          Sql.name(OutboxEntry.State.PENDING), Sql.time(entry.dueAt())));
      return update.executeUpdate() == 1;
    } catch (SQLException e) {
      throw failure("claim " + entry.incidentId() + " revision " + entry.revision() + " on " + entry.channel(), e);
    }
  }

  @Override
  public void update(OutboxEntry entry) {
    String sql = "UPDATE notification_outbox SET state = ?, attempts = ?, due_at = ?, updated_at = ?, reference = ?, "
        + "error = ? WHERE " + KEY + " AND NOT (state = ? AND ? = ?)";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(sql)) {
      update.setString(1, Sql.name(entry.state()));
      update.setInt(2, entry.attempts());
      update.setObject(3, Sql.time(entry.dueAt()));
      update.setObject(4, Sql.time(entry.updatedAt()));
      update.setString(5, entry.reference());
      update.setString(6, entry.error());
      update.setString(7, entry.incidentId());
      update.setString(8, entry.channel());
      update.setInt(9, entry.revision());
      update.setString(10, Sql.name(OutboxEntry.State.SUPERSEDED));
      update.setString(11, Sql.name(entry.state()));
      update.setString(12, Sql.name(OutboxEntry.State.PENDING));
      if (update.executeUpdate() == 0 && !exists(connection, entry)) {
        throw new IllegalArgumentException("no outbox entry for " + entry.incidentId() + " revision "
            + entry.revision() + " on " + entry.channel());
      }
    } catch (SQLException e) {
      throw failure("update " + entry.incidentId() + " revision " + entry.revision() + " on " + entry.channel(), e);
    }
  }

  private static boolean exists(Connection connection, OutboxEntry entry) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM notification_outbox WHERE " + KEY)) {
      Sql.bind(select, List.of(entry.incidentId(), entry.channel(), entry.revision()));
      try (ResultSet rows = select.executeQuery()) {
        return rows.next();
      }
    }
  }

  @Override
  public Optional<OutboxEntry> latest(String incidentId, String channel) {
    return query("SELECT " + COLUMNS + " FROM notification_outbox WHERE incident_id = ? AND channel = ? "
        + "ORDER BY revision DESC FETCH FIRST 1 ROWS ONLY", List.of(incidentId, channel)).stream().findFirst();
  }

  @Override
  public Optional<OutboxEntry> lastDelivered(String incidentId, String channel) {
    return query("SELECT " + COLUMNS + " FROM notification_outbox WHERE incident_id = ? AND channel = ? AND state = ? "
        + "ORDER BY revision DESC FETCH FIRST 1 ROWS ONLY",
        List.of(incidentId, channel, Sql.name(OutboxEntry.State.DELIVERED))).stream().findFirst();
  }

  @Override
  public List<OutboxEntry> recent(OutboxEntry.State state, int limit) {
    String order = " ORDER BY updated_at DESC, recorded_at DESC, revision DESC, incident_id, channel FETCH FIRST ? ROWS ONLY";
    return state == null
        ? query("SELECT " + COLUMNS + " FROM notification_outbox" + order, List.of(limit))
        : query("SELECT " + COLUMNS + " FROM notification_outbox WHERE state = ?" + order, List.of(Sql.name(state), limit));
  }

  private List<OutboxEntry> query(String sql, List<Object> parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      Sql.bind(select, parameters);
      List<OutboxEntry> entries = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          entries.add(entry(rows));
        }
      }
      return entries;
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  private static OutboxEntry entry(ResultSet rows) throws SQLException {
    return new OutboxEntry(rows.getString("channel"), ReportJson.read(rows.getString("report")),
        Sql.value(OutboxEntry.State.class, rows.getString("state")), rows.getInt("attempts"),
        Sql.instant(rows, "recorded_at"), Sql.instant(rows, "due_at"), Sql.instant(rows, "updated_at"),
        rows.getString("reference"), rows.getString("error"));
  }

  private static IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException("outbox: cannot " + what + ": " + e.getMessage(), e);
  }
}
