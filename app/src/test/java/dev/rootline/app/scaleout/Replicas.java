package dev.rootline.app.scaleout;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What replicas of one test share besides the broker: one PostgreSQL store, as in production, the
 * webhook receiver their reports go to, and a directory for each one's state.
 */
final class Replicas implements AutoCloseable {
  private final String test;
  private final String bootstrapServers;
  private final EmbeddedPostgres postgres;
  private final Deliveries deliveries;
  private final Path dir;

  private Replicas(String test, String bootstrapServers) throws IOException {
    this.test = test;
    this.bootstrapServers = bootstrapServers;
    this.postgres = EmbeddedPostgres.builder().start();
    this.deliveries = new Deliveries(ChildTests.SERVICE);
    this.dir = Files.createTempDirectory("rootline-" + test);
  }

  /** Creates the shop's topics on the broker, then starts the store and the receiver. */
  static Replicas on(String bootstrapServers, Class<?> test) throws IOException {
    ChildTests.otlpTopics(bootstrapServers);
    return new Replicas(test.getSimpleName(), bootstrapServers);
  }

  /** Starts a replica named {@code name} (its log: app/target/&lt;test&gt;-&lt;name&gt;.log). */
  ChildRootline start(String name) {
    Map<String, String> config = ChildConfig.child(bootstrapServers, dir.resolve(name), deliveries.url());
    config.put("rootline.store.kind", "postgresql");
    config.put("rootline.store.url", postgres.getJdbcUrl("postgres", "postgres"));
    config.put("rootline.store.username", "postgres");
    return ChildRootline.start(test + "-" + name, config);
  }

  Deliveries deliveries() {
    return deliveries;
  }

  @Override
  public void close() throws IOException {
    deliveries.close();
    postgres.close();
  }
}
