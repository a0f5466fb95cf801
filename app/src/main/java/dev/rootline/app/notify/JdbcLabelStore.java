package dev.rootline.app.notify;

import dev.rootline.core.label.Label;
import dev.rootline.core.label.LabelStore;
import dev.rootline.core.rca.Indicator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** {@link LabelStore} in the {@code labels} table (migration V2), on H2 or PostgreSQL; one insert per label. */
public final class JdbcLabelStore implements LabelStore {
  /** Ids per query: far below PostgreSQL's 32,767 bind parameters, and one query for the list page. */
  static final int BATCH = 500;
  private static final String COLUMNS =
      "incident_id, revision, verdict, service, indicator, note, labelled_by, labelled_at, source";
  private final DataSource dataSource;

  public JdbcLabelStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void add(Label label) {
    String sql = "INSERT INTO labels (incident_id, revision, verdict, service, indicator, note, labelled_by, "
        + "labelled_at, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setString(1, label.incidentId());
      insert.setInt(2, label.revision());
      insert.setString(3, Sql.name(label.verdict()));
      insert.setString(4, label.service());
      insert.setString(5, label.indicator() == null ? null : label.indicator().wireName());
      insert.setString(6, label.note());
      insert.setString(7, label.by());
      insert.setObject(8, Sql.time(label.at()));
      insert.setString(9, Sql.name(label.source()));
      insert.executeUpdate();
    } catch (SQLException e) {
      if (Sql.FOREIGN_KEY_VIOLATION.contains(e.getSQLState())) {
        throw new IllegalArgumentException("no incident '" + label.incidentId() + "'", e);
      }
      throw new IllegalStateException("cannot keep label of " + label.incidentId() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<Label> of(String incidentId) {
    String sql = "SELECT " + COLUMNS + " FROM labels WHERE incident_id = ? ORDER BY seq";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, incidentId);
      List<Label> labels = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          labels.add(label(rows));
        }
      }
      return labels;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read labels of " + incidentId + ": " + e.getMessage(), e);
    }
  }

  /** One query per {@value #BATCH} ids; the list page asks for at most 200, so one query. */
  @Override
  public Map<String, Label> latest(Collection<String> incidentIds) {
    List<String> ids = List.copyOf(new LinkedHashSet<>(incidentIds));
    Map<String, Label> latest = new HashMap<>();
    for (int from = 0; from < ids.size(); from += BATCH) {
      latest.putAll(latestOf(ids.subList(from, Math.min(ids.size(), from + BATCH))));
    }
    return latest;
  }

  private Map<String, Label> latestOf(List<String> ids) {
    // The newest row per incident: the highest seq, found by the correlated MAX on the incident index.
    String sql = "SELECT " + COLUMNS + " FROM labels l WHERE l.incident_id IN ("
        + String.join(", ", Collections.nCopies(ids.size(), "?"))
        + ") AND l.seq = (SELECT MAX(m.seq) FROM labels m WHERE m.incident_id = l.incident_id)";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      Sql.bind(select, ids);
      Map<String, Label> latest = new HashMap<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          Label label = label(rows);
          latest.put(label.incidentId(), label);
        }
      }
      return latest;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the latest labels of " + ids.size() + " incidents: "
          + e.getMessage(), e);
    }
  }

  private static Label label(ResultSet rows) throws SQLException {
    String indicator = rows.getString("indicator");
    return new Label(rows.getString("incident_id"), rows.getInt("revision"),
        Sql.value(Label.Verdict.class, rows.getString("verdict")), rows.getString("service"),
        indicator == null ? null : Indicator.ofWireName(indicator), rows.getString("note"),
        rows.getString("labelled_by"), Sql.instant(rows, "labelled_at"),
        Sql.value(Label.Source.class, rows.getString("source")));
  }
}
