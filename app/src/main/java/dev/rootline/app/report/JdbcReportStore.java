package dev.rootline.app.report;

import dev.rootline.core.incident.Incident;
import dev.rootline.core.rca.Candidate;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.rca.report.ReportStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.sql.DataSource;

/**
 * {@link ReportStore} in the {@code incidents} table (migration V1), on H2 or PostgreSQL. A save is
 * a conditional update ({@code revision < ?}), or an insert for a new incident; when another writer
 * got in between the two (a replica saving the same incident), the save looks again, so the highest
 * revision always wins. Each statement commits on its own (the pool's auto-commit). Time columns hold microseconds, the document keeps full precision.
 */
public final class JdbcReportStore implements ReportStore {
  private static final String UNIQUE_VIOLATION = "23505";
  private static final int MAX_ROUNDS = 10;
  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
  private static final String COLUMNS = "state, severity, onset, last_seen, resolved, services, verdict, "
      + "top_service, top_indicator, top_confidence, revision, analysed_at, report, id";
  private static final String UPDATE = "UPDATE incidents SET state = ?, severity = ?, onset = ?, last_seen = ?, "
      + "resolved = ?, services = ?, verdict = ?, top_service = ?, top_indicator = ?, top_confidence = ?, "
      + "revision = ?, analysed_at = ?, report = ? WHERE id = ? AND revision < ?";
  private static final String INSERT = "INSERT INTO incidents (" + COLUMNS + ") "
      + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final DataSource dataSource;

  public JdbcReportStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public boolean save(RcaReport report) {
    try (Connection connection = dataSource.getConnection()) {
      // Each round either decides or has seen another writer change the row; a few rounds suffice.
      for (int round = 0; round < MAX_ROUNDS; round++) {
        if (update(connection, report)) {
          return true;
        }
        OptionalInt stored = storedRevision(connection, report.id());
        if (stored.isPresent() && stored.getAsInt() >= report.revision()) {
          return false;
        }
        if (stored.isEmpty() && insert(connection, report)) {
          return true;
        }
        // an older revision appeared after our update, or another writer inserted first: again
      }
      throw new IllegalStateException("gave up after " + MAX_ROUNDS + " rounds of concurrent writes");
    } catch (SQLException | IllegalStateException e) {
      throw new IllegalStateException("cannot save report " + report.id() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<RcaReport> find(String incidentId) {
    List<RcaReport> found = query("SELECT report FROM incidents WHERE id = ?", incidentId, List.of(incidentId));
    return found.stream().findFirst();
  }

  @Override
  public List<RcaReport> recent(Instant since, int limit) {
    if (limit < 1 || since.isAfter(LATEST)) {
      return List.of();
    }
    Instant from = since.isBefore(EARLIEST) ? EARLIEST : since;
    return query("SELECT report FROM incidents WHERE last_seen >= ? ORDER BY onset DESC, id FETCH FIRST ? ROWS ONLY",
        "since " + since, List.of(time(from), limit));
  }

  private static boolean update(Connection connection, RcaReport report) throws SQLException {
    return write(connection, UPDATE, report, true) == 1;
  }

  private static OptionalInt storedRevision(Connection connection, String id) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT revision FROM incidents WHERE id = ?")) {
      select.setString(1, id);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? OptionalInt.of(rows.getInt(1)) : OptionalInt.empty();
      }
    }
  }

  /** False when another writer inserted the incident first. */
  private static boolean insert(Connection connection, RcaReport report) throws SQLException {
    try {
      return write(connection, INSERT, report, false) == 1;
    } catch (SQLException e) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        return false;
      }
      throw e;
    }
  }

  /** Binds the report to the columns in {@link #COLUMNS} order, then the revision guard for an update. */
  private static int write(Connection connection, String sql, RcaReport report, boolean guarded) throws SQLException {
    Incident incident = report.incident();
    Candidate top = report.candidates().isEmpty() ? null : report.candidates().get(0);
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, WireFormat.name(incident.state()));
      statement.setString(2, WireFormat.name(incident.severity()));
      statement.setObject(3, time(incident.onset()));
      statement.setObject(4, time(incident.lastSeen()));
      statement.setObject(5, incident.resolved() == null ? null : time(incident.resolved()), Types.TIMESTAMP_WITH_TIMEZONE);
      statement.setString(6, ReportJson.services(incident.services()));
      statement.setString(7, WireFormat.name(report.verdict()));
      statement.setString(8, top == null ? null : top.service());
      statement.setString(9, top == null ? null : top.indicator().wireName());
      if (top == null || !Double.isFinite(top.confidence())) {
        statement.setNull(10, Types.DOUBLE);
      } else {
        statement.setDouble(10, top.confidence());
      }
      statement.setInt(11, report.revision());
      statement.setObject(12, time(report.analysedAt()));
      statement.setString(13, ReportJson.writeString(report));
      statement.setString(14, report.id());
      if (guarded) {
        statement.setInt(15, report.revision());
      }
      return statement.executeUpdate();
    }
  }

  private List<RcaReport> query(String sql, String what, List<Object> parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        select.setObject(i + 1, parameters.get(i));
      }
      List<RcaReport> reports = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          reports.add(ReportJson.read(rows.getString(1)));
        }
      }
      return reports;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read reports (" + what + "): " + e.getMessage(), e);
    }
  }

  /** Both databases keep microseconds: truncating here makes the column exact, not rounded. */
  private static OffsetDateTime time(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }
}
