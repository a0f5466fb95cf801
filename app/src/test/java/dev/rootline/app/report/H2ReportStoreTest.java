package dev.rootline.app.report;

import dev.rootline.rca.report.ReportStore;
import java.nio.file.Path;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.io.TempDir;

/** The contract on the JDBC store over H2 in a file, as Rootline runs by default. */
class H2ReportStoreTest extends ReportStoreContract {
  @TempDir
  Path directory;

  @Override
  ReportStore newStore() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:file:" + directory.resolve("rootline")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    Migrations.apply(dataSource);
    return new JdbcReportStore(dataSource);
  }
}
