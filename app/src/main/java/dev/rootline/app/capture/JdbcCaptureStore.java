package dev.rootline.app.capture;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * {@link CaptureStore} in the {@code incident_telemetry} table (migration V3), on H2 or PostgreSQL.
 * The chunks of one step go in one transaction, so a capture never holds half a step.
 */
public final class JdbcCaptureStore implements CaptureStore {
  /** PostgreSQL's foreign key violation, and H2's when the referred row is missing. */
  private static final Set<String> FOREIGN_KEY_VIOLATION = Set.of("23503", "23506");
  private static final String INSERT = "INSERT INTO incident_telemetry (incident_id, seq, signal, from_time, "
      + "to_time, items, bytes, captured_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String EXTENT = "SELECT MAX(seq) AS seq, MAX(to_time) AS to_time, SUM(bytes) AS bytes "
      + "FROM incident_telemetry WHERE incident_id = ?";
  private static final String CHUNKS = "SELECT seq, signal, from_time, to_time, items, captured_at, data "
      + "FROM incident_telemetry WHERE incident_id = ? ORDER BY seq, signal";
  private static final String EXPIRE = "DELETE FROM incident_telemetry WHERE incident_id IN ("
      + "SELECT incident_id FROM incident_telemetry GROUP BY incident_id HAVING MAX(captured_at) < ?) "
      + "AND incident_id NOT IN (SELECT incident_id FROM labels)";
  private static final String EXPIRING = "SELECT COUNT(DISTINCT incident_id) FROM incident_telemetry WHERE "
      + "incident_id IN (SELECT incident_id FROM incident_telemetry GROUP BY incident_id HAVING MAX(captured_at) < ?) "
      + "AND incident_id NOT IN (SELECT incident_id FROM labels)";

  private final DataSource dataSource;

  public JdbcCaptureStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void append(List<CaptureChunk> chunks) {
    if (chunks.isEmpty()) {
      return;
    }
    String incident = chunks.get(0).incidentId();
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
        for (CaptureChunk chunk : chunks) {
          bind(insert, chunk);
          insert.addBatch();
        }
        insert.executeBatch();
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      if (FOREIGN_KEY_VIOLATION.contains(e.getSQLState())
          || (e.getNextException() != null && FOREIGN_KEY_VIOLATION.contains(e.getNextException().getSQLState()))) {
        throw new IllegalArgumentException("no incident '" + incident + "'", e);
      }
      throw new IllegalStateException("cannot keep the telemetry of " + incident + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Extent extent(String incidentId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(EXTENT)) {
      select.setString(1, incidentId);
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        OffsetDateTime to = rows.getObject("to_time", OffsetDateTime.class);
        return to == null ? Extent.NONE : new Extent(rows.getInt("seq"), to.toInstant(), rows.getLong("bytes"));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the telemetry of " + incidentId + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<CaptureChunk> chunks(String incidentId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(CHUNKS)) {
      select.setString(1, incidentId);
      List<CaptureChunk> chunks = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          chunks.add(new CaptureChunk(incidentId, rows.getInt("seq"), CaptureSignal.ofWireName(rows.getString("signal")),
              instant(rows, "from_time"), instant(rows, "to_time"), rows.getInt("items"), instant(rows, "captured_at"),
              rows.getBytes("data")));
        }
      }
      // ORDER BY signal sorts by wire name; the enum order is the one callers expect
      chunks.sort(java.util.Comparator.comparingInt(CaptureChunk::seq).thenComparing(CaptureChunk::signal));
      return chunks;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the telemetry of " + incidentId + ": " + e.getMessage(), e);
    }
  }

  @Override
  public int expireUnlabelled(Instant before) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement count = connection.prepareStatement(EXPIRING);
          PreparedStatement delete = connection.prepareStatement(EXPIRE)) {
        count.setObject(1, time(before));
        int incidents;
        try (ResultSet rows = count.executeQuery()) {
          rows.next();
          incidents = rows.getInt(1);
        }
        delete.setObject(1, time(before));
        delete.executeUpdate();
        connection.commit();
        return incidents;
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot expire telemetry: " + e.getMessage(), e);
    }
  }

  private static void bind(PreparedStatement insert, CaptureChunk chunk) throws SQLException {
    insert.setString(1, chunk.incidentId());
    insert.setInt(2, chunk.seq());
    insert.setString(3, chunk.signal().wireName());
    insert.setObject(4, time(chunk.from()));
    insert.setObject(5, time(chunk.to()));
    insert.setInt(6, chunk.items());
    insert.setInt(7, chunk.data().length);
    insert.setObject(8, time(chunk.capturedAt()));
    insert.setBytes(9, chunk.data());
  }

  /** Both databases keep microseconds: truncating here makes the column exact, not rounded. */
  private static OffsetDateTime time(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rows, String column) throws SQLException {
    return rows.getObject(column, OffsetDateTime.class).toInstant();
  }
}
