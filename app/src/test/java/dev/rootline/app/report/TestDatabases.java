package dev.rootline.app.report;

import dev.rootline.rca.report.ReportStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** Migrated test databases and the report store over them, for the stores of other packages. */
public final class TestDatabases {
  private TestDatabases() {}

  /** A migrated H2 database in a file in {@code directory}, as Rootline runs by default. */
  public static DataSource h2(Path directory) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:file:" + directory.resolve("rootline")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    Migrations.apply(dataSource);
    return dataSource;
  }

  /** A real PostgreSQL server from Maven jars, migrated; close it after the tests. */
  public static EmbeddedPostgres postgres() throws IOException {
    EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
    Migrations.apply(postgres.getPostgresDatabase());
    return postgres;
  }

  /** Empties every table, children first. */
  public static void clear(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("DELETE FROM incident_telemetry");
      statement.execute("DELETE FROM notification_outbox");
      statement.execute("DELETE FROM labels");
      statement.execute("DELETE FROM incidents");
    }
  }

  /** The service's report store over the database: saving a report makes its incident known. */
  public static ReportStore reports(DataSource dataSource) {
    return new JdbcReportStore(dataSource);
  }
}
