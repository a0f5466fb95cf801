package dev.rootline.app.notify;

import dev.rootline.core.label.Label;
import dev.rootline.core.label.LabelStore;
import dev.rootline.core.rca.Indicator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** {@link LabelStore} in the {@code labels} table (migration V2), on H2 or PostgreSQL; one insert per label. */
public final class JdbcLabelStore implements LabelStore {
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
    String sql = "SELECT revision, verdict, service, indicator, note, labelled_by, labelled_at, source FROM labels "
        + "WHERE incident_id = ? ORDER BY seq";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, incidentId);
      List<Label> labels = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          String indicator = rows.getString("indicator");
          labels.add(new Label(incidentId, rows.getInt("revision"), Sql.value(Label.Verdict.class, rows.getString("verdict")),
              rows.getString("service"), indicator == null ? null : Indicator.ofWireName(indicator),
              rows.getString("note"), rows.getString("labelled_by"), Sql.instant(rows, "labelled_at"),
              Sql.value(Label.Source.class, rows.getString("source"))));
        }
      }
      return labels;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read labels of " + incidentId + ": " + e.getMessage(), e);
    }
  }
}
