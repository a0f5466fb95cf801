package dev.rootline.app.notify;

import dev.rootline.app.report.TestDatabases;
import dev.rootline.core.label.LabelStore;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.notifier.Outbox;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/** The contracts on the JDBC outbox and label store over a real PostgreSQL server, started from Maven jars. */
class PostgresNotifyStoresIT {
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
  class OutboxOnPostgres extends OutboxContract {
    @Override
    Outbox newOutbox() throws Exception {
      TestDatabases.clear(dataSource);
      return new JdbcOutbox(dataSource);
    }

    @Override
    void knownIncident(RcaReport report) {
      TestDatabases.reports(dataSource).save(report);
    }
  }

  @Nested
  class LabelsOnPostgres extends LabelStoreContract {
    @Override
    LabelStore newStore() throws Exception {
      TestDatabases.clear(dataSource);
      return new JdbcLabelStore(dataSource);
    }

    @Override
    void knownIncident(RcaReport report) {
      TestDatabases.reports(dataSource).save(report);
    }
  }
}
