package dev.rootline.app.faults;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** The report store of {@link StoreOutageIT}: a {@link RestartablePostgres} the test stops and starts. */
public class OutagePostgresResource implements QuarkusTestResourceLifecycleManager {
  private static RestartablePostgres postgres;

  @Override
  public synchronized Map<String, String> start() {
    postgres = new RestartablePostgres().start();
    return Map.of("rootline.store.kind", "postgresql",
        "rootline.store.url", postgres.jdbcUrl(),
        "rootline.store.username", "postgres");
  }

  @Override
  public synchronized void stop() {
    if (postgres != null) {
      postgres.close();
      postgres = null;
    }
  }

  static RestartablePostgres postgres() {
    return postgres;
  }
}
