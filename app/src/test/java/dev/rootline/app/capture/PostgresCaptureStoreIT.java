package dev.rootline.app.capture;

import dev.rootline.app.report.TestDatabases;
import dev.rootline.core.rca.RcaReport;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/** The capture store contract over a real PostgreSQL server, started from Maven jars. */
class PostgresCaptureStoreIT {
  private static EmbeddedPostgres postgres;
  private static DataSource dataSource;

  @BeforeAll
  static void start() throws Exception {
    postgres = TestDatabases.postgres();
    dataSource = postgres.getPostgresDatabase();
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @Nested
  class OnPostgres extends CaptureStoreContract {
    @Override
    CaptureStore newStore() throws Exception {
      TestDatabases.clear(dataSource);
      return new JdbcCaptureStore(dataSource);
    }

    @Override
    void knownIncident(RcaReport report) {
      TestDatabases.reports(dataSource).save(report);
    }

    @Override
    boolean label(String incidentId) {
      return CaptureStoresTest.label(dataSource, incidentId);
    }
  }
}
