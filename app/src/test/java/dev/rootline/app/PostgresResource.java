package dev.rootline.app;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.sql.DataSource;

/** A real PostgreSQL server from Maven jars, and Rootline configured to keep its reports there. */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {
  private static EmbeddedPostgres postgres;

  @Override
  public Map<String, String> start() {
    try {
      postgres = EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start PostgreSQL", e);
    }
    return Map.of("rootline.store.kind", "postgresql",
        "rootline.store.url", postgres.getJdbcUrl("postgres", "postgres"),
        "rootline.store.username", "postgres");
  }

  /** The server's own database, to check what Rootline wrote there. */
  static DataSource database() {
    return postgres.getPostgresDatabase();
  }

  @Override
  public void stop() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
