package dev.rootline.app.report;

import dev.rootline.rca.report.ReportStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The contract on the JDBC store over a real PostgreSQL server, started from Maven jars. */
class PostgresReportStoreIT extends ReportStoreContract {
  private static EmbeddedPostgres postgres;
  private static DataSource dataSource;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    dataSource = postgres.getPostgresDatabase();
    Migrations.apply(dataSource);
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @Override
  ReportStore newStore() throws Exception {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("DELETE FROM incidents");
    }
    return new JdbcReportStore(dataSource);
  }
}
