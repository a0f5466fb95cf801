package dev.rootline.app.report;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Applies the service's own migrations, as Quarkus does at start, to a test database. */
final class Migrations {
  private Migrations() {}

  static void apply(DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
  }
}
